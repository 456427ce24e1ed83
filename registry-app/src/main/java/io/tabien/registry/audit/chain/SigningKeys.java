package io.tabien.registry.audit.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * The Ed25519 key that signs checkpoints: from configuration, else from the key file, else generated once and
 * written to the key file (next to the embedded database's data by default) for every later start.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final PrivateKey privateKey;
    private final String publicKey;

    SigningKeys(AuditProperties properties) {
        try {
            String[] pair;
            if (StringUtils.hasText(properties.privateKey()) && StringUtils.hasText(properties.publicKey())) {
                pair = new String[]{properties.privateKey(), properties.publicKey()};
            } else {
                pair = fromFile(properties.keyFile());
            }
            this.privateKey = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pair[0])));
            this.publicKey = pair[1];
            CheckpointSignature.publicKey(publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit signing key is not a valid Ed25519 key pair", e);
        }
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    public String publicKey() {
        return publicKey;
    }

    private static String[] fromFile(Path file) throws GeneralSecurityException {
        Path path = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(path)) {
                List<String> lines = Files.readAllLines(path, StandardCharsets.US_ASCII);
                return new String[]{lines.get(0).strip(), lines.get(1).strip()};
            }
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String[] encoded = {Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())};
            Files.createDirectories(path.getParent());
            createReadableByOwnerOnly(path);
            Files.writeString(path, encoded[0] + "\n" + encoded[1] + "\n", StandardCharsets.US_ASCII);
            log.info("Generated the audit signing key pair in {}", path);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the audit signing key file " + path, e);
        }
    }

    /** The private key never sits in a file others can read, not even for the moment between writing and chmod. */
    private static void createReadableByOwnerOnly(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(path);
            log.warn("The file system of the audit signing key has no POSIX permissions; restrict access to {} "
                    + "by other means", path);
        }
    }
}
