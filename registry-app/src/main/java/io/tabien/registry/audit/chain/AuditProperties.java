package io.tabien.registry.audit.chain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * @param checkpointEveryEvents a signed checkpoint after this many chained events
 * @param checkpointEvery       and at least this often while the chain grows
 * @param privateKey            the Ed25519 signing key (PKCS#8, Base64); with {@code publicKey}, taken over the key file
 * @param publicKey             its public key (X.509, Base64)
 * @param keyFile               where a generated key pair is kept when none is configured
 */
@ConfigurationProperties("tabien.audit")
public record AuditProperties(
        @DefaultValue("1000") int checkpointEveryEvents,
        @DefaultValue("PT10M") Duration checkpointEvery,
        String privateKey,
        String publicKey,
        @DefaultValue("./data/audit-signing.key") Path keyFile) {
}
