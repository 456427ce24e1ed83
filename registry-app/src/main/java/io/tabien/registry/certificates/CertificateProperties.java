package io.tabien.registry.certificates;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * @param privateKey        the Ed25519 certificate-signing key (PKCS#8, Base64); with {@code publicKey}, taken over the
 *                          key file
 * @param publicKey         its public key (X.509, Base64)
 * @param keyValidFrom      the first day the configured key signs; for a generated key, the day it was made
 * @param keyFile           where a generated key pair is kept when none is configured
 * @param retiredKeys       keys that signed earlier certificates and sign no more: still published, so that those
 *                          certificates still verify
 * @param templateDirectory a directory whose {@code birth-certificate.json} or {@code family-book-extract.json}
 *                          replace the templates the registry ships
 * @param verifyAddress     the address of the verification page, printed under the QR code
 * @param bulkLimit         the most certificates one bulk request issues
 */
@ConfigurationProperties("tabien.certificates")
public record CertificateProperties(
        String privateKey,
        String publicKey,
        LocalDate keyValidFrom,
        @DefaultValue("./data/certificate-signing.key") Path keyFile,
        List<RetiredKey> retiredKeys,
        Path templateDirectory,
        @DefaultValue("/verify") String verifyAddress,
        @DefaultValue("500") int bulkLimit) {

    public record RetiredKey(String publicKey, LocalDate validFrom, LocalDate validUntil) {
    }

    public CertificateProperties {
        retiredKeys = retiredKeys == null ? List.of() : List.copyOf(retiredKeys);
        if (bulkLimit < 1) {
            throw new IllegalArgumentException("tabien.certificates.bulk-limit must be at least 1");
        }
    }
}
