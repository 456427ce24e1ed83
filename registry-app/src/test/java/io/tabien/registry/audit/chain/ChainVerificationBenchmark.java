package io.tabien.registry.audit.chain;

import io.tabien.registry.platform.database.EmbeddedDatabaseCredentials;
import io.tabien.registry.platform.database.EmbeddedPostgresServer;
import io.tabien.registry.support.TestDatabases;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.OptionalLong;

/**
 * Measures chain verification on a synthetic store of its own: {@code N} events of about the size the registry
 * records, chained and signed as the chain processor does ({@link SyntheticChainStore}). Run with the number of
 * events and the worker counts to compare, e.g. {@code ChainVerificationBenchmark 500000 1 2}; prints events per
 * second for each, best of three.
 */
public final class ChainVerificationBenchmark {

    private ChainVerificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        Path binaries = Path.of(System.getProperty("java.io.tmpdir"), "tabien-postgres");
        try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(TestDatabases.fresh(), 0, binaries).start()) {
            String url = server.jdbcUrl();
            String password = server.credentials().superuserPassword();
            KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String publicKey = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
            try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabaseCredentials.SUPERUSER,
                    password)) {
                SyntheticChainStore.create(connection, events, key);
                ChainVerifier.Request request = new ChainVerifier.Request(0, publicKey, OptionalLong.empty(), null);
                for (int i = 1; i < Math.max(args.length, 2); i++) {
                    int workers = args.length > i ? Integer.parseInt(args[i]) : 1;
                    double best = 0;
                    for (int run = 0; run < 3; run++) {
                        long started = System.nanoTime();
                        ChainVerifier.Report report = verify(connection, request, workers, url, password);
                        double seconds = (System.nanoTime() - started) / 1e9;
                        if (!report.intact() || report.eventsVerified() != events) {
                            throw new IllegalStateException("The seeded chain did not verify: " + report);
                        }
                        best = Math.max(best, events / seconds);
                        System.out.printf("workers %d, run %d: %,d events in %.2f s, %,.0f events/s%n", workers,
                                run + 1, events, seconds, events / seconds);
                    }
                    System.out.printf("workers %d: best %,.0f events/s%n", workers, best);
                }
            }
        }
    }

    private static ChainVerifier.Report verify(Connection connection, ChainVerifier.Request request, int workers,
                                               String url, String password) throws SQLException {
        return ChainVerifier.verify(connection, request, workers,
                () -> DriverManager.getConnection(url, EmbeddedDatabaseCredentials.SUPERUSER, password));
    }
}
