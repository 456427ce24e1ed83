package io.tabien.registry.audit.chain;

import io.tabien.registry.platform.database.EmbeddedDatabaseCredentials;
import io.tabien.registry.platform.database.EmbeddedPostgresServer;
import io.tabien.registry.support.TestDatabases;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalLong;

/**
 * Measures chain verification on a synthetic store of its own: {@code N} events of about the size the registry
 * records (a 450-byte payload, 150 bytes of metadata), chained and signed every hundredth link as the chain
 * processor does. Run with the number of events and the worker counts to compare, e.g.
 * {@code ChainVerificationBenchmark 500000 1 2}; prints events per second for each, best of three.
 */
public final class ChainVerificationBenchmark {

    private static final int CHECKPOINT_EVERY = 100;

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
            try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabaseCredentials.SUPERUSER, password)) {
                seed(connection, events, key);
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
        return ChainVerifier.verify(connection, request);
    }

    private static void seed(Connection connection, int events, KeyPair key) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    create table domain_event_entry (
                        global_index bigserial primary key, aggregate_identifier varchar(255) not null,
                        sequence_number bigint not null, type varchar(255), event_identifier varchar(255) not null unique,
                        meta_data bytea, payload bytea not null, payload_revision varchar(255),
                        payload_type varchar(255) not null, time_stamp varchar(255) not null)""");
            ddl.execute("create table event_chain (chain_seq bigint primary key, global_index bigint not null unique, "
                    + "hash bytea not null)");
            ddl.execute("create table audit_checkpoint (chain_seq bigint primary key, global_index bigint not null, "
                    + "hash bytea not null, created_at timestamptz not null, public_key text not null, "
                    + "signature text not null)");
            ddl.execute("create table token_entry (processor_name varchar(255), segment integer, token bytea, "
                    + "token_type varchar(255))");
            ddl.execute("""
                    insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        meta_data, payload, payload_revision, payload_type, time_stamp)
                    select md5((n / 4)::text)::uuid::text, n % 4, 'Person', md5(n::text)::uuid::text,
                        convert_to('{"actor":"registrar-' || n % 97 || '","office":"LA-VT","correlationId":"'
                            || md5(n::text) || '","traceId":"' || md5((n + 1)::text) || '"}', 'UTF8'),
                        convert_to('{"personId":"' || md5((n / 4)::text)::uuid || '","givenName":"ສົມພອນ",'
                            || '"familyName":"ກວດກາ","birthDate":"2021-03-04","village":"LA-XE-1501",'
                            || repeat('"note":"' || md5(n::text) || '",', 8) || '"sex":"F"}', 'UTF8'),
                        null, 'io.tabien.registry.civil.PersonRegistered', '2026-11-30T04:00:00.' || lpad((n % 1000)::text, 3, '0') || 'Z'
                    from generate_series(1, EVENTS) n""".replace("EVENTS", Integer.toString(events)));
        }
        connection.setAutoCommit(false);
        byte[] previous = ChainedEvent.GENESIS;
        long chainSeq = 0;
        try (PreparedStatement read = connection.prepareStatement("select " + ChainedEvent.COLUMNS
                + " from domain_event_entry e order by e.global_index");
             PreparedStatement link = connection.prepareStatement(
                     "insert into event_chain (chain_seq, global_index, hash) values (?, ?, ?)");
             PreparedStatement checkpoint = connection.prepareStatement("""
                     insert into audit_checkpoint (chain_seq, global_index, hash, created_at, public_key, signature)
                     values (?, ?, ?, ?, ?, ?)""")) {
            read.setFetchSize(1000);
            String publicKey = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    ChainedEvent event = ChainedEvent.from(row);
                    previous = event.hash(previous);
                    chainSeq++;
                    link.setLong(1, chainSeq);
                    link.setLong(2, event.globalIndex());
                    link.setBytes(3, previous);
                    link.addBatch();
                    if (chainSeq % CHECKPOINT_EVERY == 0) {
                        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                        checkpoint.setLong(1, chainSeq);
                        checkpoint.setLong(2, event.globalIndex());
                        checkpoint.setBytes(3, previous);
                        checkpoint.setTimestamp(4, Timestamp.from(now));
                        checkpoint.setString(5, publicKey);
                        checkpoint.setString(6, CheckpointSignature.sign(key.getPrivate(),
                                CheckpointSignature.message(chainSeq, event.globalIndex(), previous, now)));
                        checkpoint.addBatch();
                        link.executeBatch();
                        checkpoint.executeBatch();
                    }
                }
            }
            link.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("vacuum analyze");
        }
    }
}
