package io.tabien.registry.certificates.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.RevokeBirthCertificate;
import io.tabien.contracts.civil.RevokeFamilyBookExtract;
import io.tabien.registry.certificates.CertificateChecks;
import io.tabien.registry.certificates.CertificateProperties;
import io.tabien.registry.certificates.Certificates;
import io.tabien.registry.certificates.IssuedCertificates;
import io.tabien.registry.certificates.code.CertificateKey;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.InvalidFields;
import io.tabien.registry.web.RecordId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static io.tabien.registry.web.Responses.recorded;

/**
 * Certificates: registrars issue them as PDF (each issue recorded before the PDF is sent); anyone checks a
 * certificate's code and reads the key list without logging in.
 */
@RestController
class CertificateController {

    private static final int MAX_CODE_LENGTH = 4000;

    private final Certificates certificates;
    private final CertificateChecks checks;
    private final Commands commands;
    private final int bulkLimit;

    CertificateController(Certificates certificates, CertificateChecks checks, Commands commands,
                          CertificateProperties properties) {
        this.certificates = certificates;
        this.commands = commands;
        this.checks = checks;
        this.bulkLimit = properties.bulkLimit();
    }

    @Operation(summary = "Issue a birth certificate, or a numbered reprint, as PDF")
    @PostMapping(path = "/api/persons/{id}/birth-certificates", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> birthCertificate(@PathVariable UUID id,
                                            @Valid @RequestBody CertificateRequests.Issue request) {
        return pdf(certificates.issue(CertificateKind.BIRTH_CERTIFICATE, id, request.toCollector(), request),
                "birth-certificate-" + id);
    }

    @Operation(summary = "Issue a family-book extract, or a numbered reprint, as PDF")
    @PostMapping(path = "/api/family-books/{id}/extracts", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> familyBookExtract(@PathVariable UUID id,
                                             @Valid @RequestBody CertificateRequests.Issue request) {
        return pdf(certificates.issue(CertificateKind.FAMILY_BOOK_EXTRACT, id, request.toCollector(), request),
                "family-book-extract-" + id);
    }

    /** One copy withdrawn: its code still verifies, and says it was revoked. */
    @Operation(summary = "Revoke a copy of a birth certificate")
    @PostMapping("/api/persons/{id}/birth-certificates/{copyNumber}/revocation")
    ResponseEntity<RecordId> revokeBirthCertificate(@PathVariable UUID id, @PathVariable int copyNumber,
                                                    @Valid @RequestBody CertificateRequests.Revocation request) {
        PersonId personId = new PersonId(id);
        return recorded(commands.send(personId, new RevokeBirthCertificate(personId, copyNumber, request.reason()),
                request, Void.class), id);
    }

    @Operation(summary = "Revoke a copy of a family-book extract")
    @PostMapping("/api/family-books/{id}/extracts/{copyNumber}/revocation")
    ResponseEntity<RecordId> revokeFamilyBookExtract(@PathVariable UUID id, @PathVariable int copyNumber,
                                                     @Valid @RequestBody CertificateRequests.Revocation request) {
        FamilyBookId bookId = new FamilyBookId(id);
        return recorded(commands.send(bookId, new RevokeFamilyBookExtract(bookId, copyNumber, request.reason()),
                request, Void.class), id);
    }

    /** Certificates of many records as one PDF, a page each, in the order given: all issued, or none. */
    @Operation(summary = "Issue certificates for a list of records as one PDF")
    @PostMapping(path = "/api/certificates/bulk", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> bulk(@Valid @RequestBody CertificateRequests.BulkIssue request) {
        if (request.recordIds().size() > bulkLimit) {
            throw invalid("recordIds", "at most " + bulkLimit + " records in one request");
        }
        if (new HashSet<>(request.recordIds()).size() != request.recordIds().size()) {
            throw invalid("recordIds", "names a record twice");
        }
        return pdf(certificates.issueAll(request.kind(), request.recordIds(), request.toCollector(), request),
                "certificates");
    }

    /** The keys whose certificates verify, with the days each signed: what an offline verifier caches. */
    @Operation(summary = "List the certificate-signing keys with their validity periods")
    @GetMapping("/api/certificates/keys")
    ResponseEntity<KeyList> keys() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(new KeyList("Ed25519", checks.keys()));
    }

    record KeyList(String algorithm, List<CertificateKey> keys) {
    }

    /**
     * Whether a certificate code is genuine, what it certifies, and what happened to the record since. The code is
     * read from the request itself: it is longer than the registry's other parameters may be, and only its
     * signature decides what it is worth.
     */
    @Operation(summary = "Verify a certificate code from its QR content")
    @GetMapping("/api/certificates/verify")
    CertificateChecks.Check verify(HttpServletRequest request) {
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            throw invalid("code", "the text of a certificate's QR code is required");
        }
        if (code.length() > MAX_CODE_LENGTH) {
            throw invalid("code", "at most " + MAX_CODE_LENGTH + " characters");
        }
        return checks.check(code);
    }

    private static InvalidFields invalid(String field, String message) {
        return new InvalidFields(List.of(new InvalidFields.FieldProblem(field, message)));
    }

    private static ResponseEntity<byte[]> pdf(IssuedCertificates issued, String name) {
        int copy = issued.issued().size() == 1 ? issued.issued().get(0).copyNumber() : 0;
        return ResponseEntity.ok()
                .header(Commands.POSITION, Long.toString(issued.position()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(name + (copy > 0 ? "-copy-" + copy : "") + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(issued.pdf());
    }
}
