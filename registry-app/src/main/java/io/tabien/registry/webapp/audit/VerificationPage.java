package io.tabien.registry.webapp.audit;

import io.tabien.registry.audit.chain.ChainVerification;
import io.tabien.registry.audit.chain.EventChain;
import io.tabien.registry.audit.chain.HeadsFile;
import io.tabien.registry.audit.chain.SigningKeys;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import java.nio.file.Files;
import java.sql.SQLException;

/**
 * The chain's integrity on screen: the public key and the latest signed checkpoints, a verification run on demand
 * with its result, and this node's file of signed heads to take away.
 */
@Controller
class VerificationPage {

    private static final int CHECKPOINTS_SHOWN = 20;

    private final ChainVerification verification;
    private final EventChain chain;
    private final SigningKeys keys;
    private final HeadsFile heads;

    VerificationPage(ChainVerification verification, EventChain chain, SigningKeys keys, HeadsFile heads) {
        this.verification = verification;
        this.chain = chain;
        this.keys = keys;
        this.heads = heads;
    }

    @GetMapping("/audit/verification")
    String page(Model model) {
        model.addAttribute("publicKey", keys.publicKey());
        model.addAttribute("checkpoints", chain.checkpoints(CHECKPOINTS_SHOWN));
        model.addAttribute("headsFile", Files.isRegularFile(heads.path()));
        return "audit/verification";
    }

    /** Verifies the whole chain from its first event; a read, so it records nothing. */
    @PostMapping("/audit/verification")
    String verify(Model model) throws SQLException {
        model.addAttribute("report", verification.verify(0));
        return page(model);
    }

    @GetMapping("/audit/verification/heads")
    ResponseEntity<FileSystemResource> headsFile() {
        if (!Files.isRegularFile(heads.path())) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-heads.log").build().toString())
                .body(new FileSystemResource(heads.path()));
    }
}
