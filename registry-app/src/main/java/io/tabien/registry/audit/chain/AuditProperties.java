package io.tabien.registry.audit.chain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * @param checkpointEveryEvents a signed checkpoint after this many chained events
 * @param checkpointEvery       and at least this often while the chain has links no checkpoint covers, so that an
 *                              edit of the latest events can be re-hashed without the key for at most this long
 * @param privateKey            the Ed25519 signing key (PKCS#8, Base64); with {@code publicKey}, taken over the key file
 * @param publicKey             its public key (X.509, Base64)
 * @param keyFile               where a generated key pair is kept when none is configured
 * @param headsFile             where every checkpoint this node signs is appended, outside the database; by default
 *                              {@code audit-heads.log} beside the key file
 * @param verificationWorkers   ranges of the chain verified at once, each on a database connection of its own; by
 *                              default one per processor, at most {@value #DEFAULT_VERIFICATION_WORKERS_AT_MOST} so
 *                              that a verification leaves the connection pool to the requests
 */
@ConfigurationProperties("tabien.audit")
public record AuditProperties(
        @DefaultValue("100") int checkpointEveryEvents,
        @DefaultValue("PT1M") Duration checkpointEvery,
        String privateKey,
        String publicKey,
        @DefaultValue("./data/audit-signing.key") Path keyFile,
        Path headsFile,
        Integer verificationWorkers) {

    public static final int DEFAULT_VERIFICATION_WORKERS_AT_MOST = 4;

    public static int defaultVerificationWorkers() {
        return Math.min(Runtime.getRuntime().availableProcessors(), DEFAULT_VERIFICATION_WORKERS_AT_MOST);
    }

    public AuditProperties {
        if (checkpointEveryEvents < 1) {
            throw new IllegalArgumentException("tabien.audit.checkpoint-every-events must be at least 1");
        }
        if (checkpointEvery.isNegative() || checkpointEvery.isZero()) {
            throw new IllegalArgumentException("tabien.audit.checkpoint-every must be a positive duration");
        }
        if (verificationWorkers == null) {
            verificationWorkers = defaultVerificationWorkers();
        }
        if (verificationWorkers < 1) {
            throw new IllegalArgumentException("tabien.audit.verification-workers must be at least 1");
        }
        if (headsFile == null) {
            headsFile = keyFile.resolveSibling("audit-heads.log");
        }
    }
}
