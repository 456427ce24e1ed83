package io.tabien.registry.platform.backup;

import io.tabien.registry.audit.chain.AuditProperties;
import io.tabien.registry.audit.chain.VerifyCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The audit key's public half (X.509, Base64), which a backup carries so that its chain can be verified, and by which
 * a restore checks it. Never the private half: a backup that leaves the machine must not carry the signing secret.
 */
record PinnedKey(String publicKey) {

    static final String FILE_NAME = "audit-public.key";

    PinnedKey {
        publicKey = publicKey.strip();
        Base64.getDecoder().decode(publicKey);
    }

    /** The configured public key, else the second line of the key file; null when there is neither. */
    static PinnedKey of(AuditProperties audit) throws IOException {
        if (audit.publicKey() != null && !audit.publicKey().isBlank()) {
            return new PinnedKey(audit.publicKey());
        }
        Path keyFile = audit.keyFile().toAbsolutePath().normalize();
        if (!Files.exists(keyFile)) {
            return null;
        }
        List<String> lines = Files.readAllLines(keyFile, StandardCharsets.US_ASCII);
        if (lines.size() < 2) {
            throw new IOException("the audit key file " + keyFile + " does not hold a key pair on two lines");
        }
        return new PinnedKey(lines.get(1));
    }

    /** A file holding the public key alone, as {@code verify --public-key-file} takes it. */
    static PinnedKey readFrom(Path file) throws IOException {
        return new PinnedKey(VerifyCommand.publicKeyFile(file));
    }

    /** The SHA-256 of the key, which an operator compares with the one they keep on paper or elsewhere. */
    String fingerprint() {
        byte[] digest = Checksums.sha256().digest(Base64.getDecoder().decode(publicKey));
        return HexFormat.of().formatHex(digest);
    }

    byte[] fileContents() {
        return (publicKey + "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
