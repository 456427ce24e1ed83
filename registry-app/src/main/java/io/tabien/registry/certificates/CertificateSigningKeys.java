package io.tabien.registry.certificates;

import io.tabien.registry.audit.chain.SigningKeys;
import io.tabien.registry.certificates.code.CertificateKey;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The Ed25519 key that signs certificates, and the key list the registry publishes. Like the audit key it comes
 * from configuration, else from its key file, else is generated once into the key file; but it is another key: a
 * certificate key is used at every counter and may have to be replaced, the audit key proves the history and must
 * not be. The registry refuses to start with the two the same.
 * <p>
 * The key file holds three lines: the private key (PKCS#8, Base64), the public key (X.509, Base64) and the first day
 * it signs.
 */
@Component
public class CertificateSigningKeys {

    private static final Logger log = LoggerFactory.getLogger(CertificateSigningKeys.class);

    private final PrivateKey privateKey;
    private final CertificateKey current;
    private final List<CertificateKey> published;

    CertificateSigningKeys(CertificateProperties properties, SigningKeys auditKeys, Clock clock) {
        try {
            String[] pair;
            if (StringUtils.hasText(properties.privateKey()) && StringUtils.hasText(properties.publicKey())) {
                LocalDate from = properties.keyValidFrom() == null ? LocalDate.of(2000, 1, 1) : properties.keyValidFrom();
                pair = new String[]{properties.privateKey().strip(), properties.publicKey().strip(), from.toString()};
            } else {
                pair = fromFile(properties.keyFile(), LocalDate.now(clock));
            }
            if (pair[1].equals(auditKeys.publicKey())) {
                throw new IllegalStateException("The certificate-signing key is the audit key; give certificates a "
                        + "key of their own (tabien.certificates.private-key / public-key, or a key file of its own)");
            }
            this.privateKey = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pair[0])));
            this.current = CertificateKey.of(pair[1], LocalDate.parse(pair[2]), null);
            this.current.toPublicKey();
            List<CertificateKey> keys = new ArrayList<>();
            keys.add(current);
            for (CertificateProperties.RetiredKey retired : properties.retiredKeys()) {
                CertificateKey key = CertificateKey.of(retired.publicKey().strip(), retired.validFrom(),
                        retired.validUntil());
                key.toPublicKey();
                keys.add(key);
            }
            this.published = List.copyOf(keys);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A certificate-signing key is not a valid Ed25519 key", e);
        }
    }

    CertificateKey current() {
        return current;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    /** Every key whose certificates verify: the one signing now and the retired ones, with their validity. */
    public List<CertificateKey> published() {
        return published;
    }

    private static String[] fromFile(Path file, LocalDate today) throws GeneralSecurityException {
        Path path = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(path)) {
                List<String> lines = Files.readAllLines(path, StandardCharsets.US_ASCII);
                return new String[]{lines.get(0).strip(), lines.get(1).strip(), lines.get(2).strip()};
            }
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String[] encoded = {Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()), today.toString()};
            Files.createDirectories(path.getParent());
            if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(path);
                log.warn("The file system of the certificate-signing key has no POSIX permissions; restrict access "
                        + "to {} by other means", path);
            }
            Files.writeString(path, String.join("\n", encoded) + "\n", StandardCharsets.US_ASCII);
            log.info("Generated the certificate-signing key pair in {}", path);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the certificate-signing key file " + path, e);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalStateException("The certificate-signing key file " + path + " must hold three lines: "
                    + "private key, public key, first day of validity");
        }
    }
}
