package io.tabien.registry.audit.chain;

import io.tabien.registry.platform.database.EmbeddedDatabaseCredentials;
import io.tabien.registry.platform.database.EmbeddedPostgresServer;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain cut into ranges verified at once must be judged exactly as one walk judges it: the same counts, the same
 * head, the same first break. Each test works on a chain of its own of {@value #EVENTS} events in a schema of its
 * own; with three workers the ranges are the links 1–333, 334–666 and 667–1000.
 */
class ParallelChainVerificationTest {

    private static final Path BINARIES = Path.of(System.getProperty("java.io.tmpdir"), "tabien-postgres");
    private static final int EVENTS = 1000;
    private static final KeyPair KEY = generateKey();
    private static final String PUBLIC_KEY = Base64.getEncoder().encodeToString(KEY.getPublic().getEncoded());

    private static EmbeddedPostgresServer server;
    private Connection connection;
    private String schema;

    @BeforeAll
    static void startDatabase() {
        server = new EmbeddedPostgresServer(TestDatabases.fresh(), 0, BINARIES).start();
    }

    @AfterAll
    static void stopDatabase() {
        server.stop();
    }

    @BeforeEach
    void chain() throws SQLException {
        connection = open();
        schema = "parallel_" + Long.toHexString(System.nanoTime());
        execute("create schema " + schema);
        execute("set search_path to " + schema);
        SyntheticChainStore.create(connection, EVENTS, KEY);
    }

    @AfterEach
    void dropChain() throws SQLException {
        try {
            execute("drop schema " + schema + " cascade");
        } finally {
            connection.close();
        }
    }

    @Test
    void anIntactChainGetsTheSameReportFromAnyNumberOfWorkers() throws SQLException {
        ChainVerifier.Report alone = verify(0, 1);

        assertThat(alone.intact()).as(alone.toString()).isTrue();
        assertThat(alone.eventsVerified()).isEqualTo(EVENTS);
        assertThat(alone.checkpointsVerified()).isEqualTo(EVENTS / SyntheticChainStore.CHECKPOINT_EVERY);
        for (int workers : List.of(2, 3, 7, 16)) {
            assertThat(verify(0, workers)).as(workers + " workers").isEqualTo(alone);
        }
    }

    @Test
    void aChangedPayloadInAMiddleRangeIsFoundWhereOneWorkerFindsIt() throws SQLException {
        tamper("update domain_event_entry set payload = payload || '\\x20'::bytea where global_index = 500");

        ChainVerifier.Report alone = verify(0, 1);

        assertThat(alone.mismatches().get(0)).isEqualTo(new ChainVerifier.Mismatch(500L, 500L,
                "the hash recomputed from the event differs from the recorded one (the event or its link was changed)"));
        assertThat(alone.eventsVerified()).isEqualTo(499);
        assertThat(alone.headChainSeq()).isEqualTo(499);
        assertThat(alone.unsignedTail()).isEqualTo(99);
        assertThat(verify(0, 3)).isEqualTo(alone);
    }

    @Test
    void aChangedLinkInTheLastRangeIsFoundWhereOneWorkerFindsIt() throws SQLException {
        tamper("update event_chain set hash = sha256(hash) where chain_seq = 901");

        ChainVerifier.Report alone = verify(0, 1);

        assertThat(alone.mismatches().get(0).chainSeq()).isEqualTo(901);
        assertThat(alone.eventsVerified()).isEqualTo(900);
        assertThat(verify(0, 3)).isEqualTo(alone);
        assertThat(verify(0, 2)).isEqualTo(alone);
    }

    @Test
    void ofTwoBreaksTheLowerIsReportedWhicheverRangeFinishesFirst() throws SQLException {
        tamper("update domain_event_entry set meta_data = null where global_index = 950");
        tamper("delete from domain_event_entry where global_index = 400");

        ChainVerifier.Report alone = verify(0, 1);

        assertThat(alone.mismatches().get(0))
                .isEqualTo(new ChainVerifier.Mismatch(400L, 400L, "the chained event is missing from the event store"));
        assertThat(verify(0, 3)).isEqualTo(alone);
    }

    @Test
    void aLinkMissingAtTheEndOrTheStartOfARangeIsNamedAsByOneWorker() throws SQLException {
        tamper("delete from event_chain where chain_seq in (333, 667)");

        ChainVerifier.Report alone = verify(0, 1);

        assertThat(alone.mismatches().get(0)).isEqualTo(new ChainVerifier.Mismatch(333L, null,
                "chain position 333 is missing (the link after it chains global index 334)"));
        assertThat(verify(0, 3)).isEqualTo(alone);

        tamper("delete from event_chain where chain_seq between 334 and 666");
        ChainVerifier.Report emptiedRange = verify(0, 1);
        assertThat(emptiedRange.mismatches().get(0)).isEqualTo(new ChainVerifier.Mismatch(333L, null,
                "chain position 333 is missing (the link after it chains global index 668)"));
        assertThat(verify(0, 3)).isEqualTo(emptiedRange);
    }

    @Test
    void aCheckpointSignedWithAnotherKeyInAMiddleRangeIsNamedAsByOneWorker() throws Exception {
        KeyPair attackers = generateKey();
        tamper("update audit_checkpoint set public_key = '"
                + Base64.getEncoder().encodeToString(attackers.getPublic().getEncoded()) + "', signature = '"
                + CheckpointSignature.sign(attackers.getPrivate(), new byte[]{1}) + "' where chain_seq = 600");

        ChainVerifier.Report alone = verify(0, 1);

        assertThat(alone.mismatches().get(0)).isEqualTo(new ChainVerifier.Mismatch(600L, 600L,
                "the checkpoint is signed with another key than the registry's"));
        assertThat(alone.checkpointsVerified()).isEqualTo(5);
        assertThat(verify(0, 3)).isEqualTo(alone);
    }

    @Test
    void aVerificationFromACheckpointIsTheSameWithSeveralWorkers() throws SQLException {
        ChainVerifier.Report alone = verify(200, 1);

        assertThat(alone.intact()).as(alone.toString()).isTrue();
        assertThat(alone.eventsVerified()).isEqualTo(EVENTS - 200);
        assertThat(verify(200, 3)).isEqualTo(alone);
        assertThat(verify(EVENTS, 3)).isEqualTo(verify(EVENTS, 1));

        tamper("update domain_event_entry set time_stamp = '2026-11-30T04:00:01Z' where global_index = 700");
        ChainVerifier.Report broken = verify(200, 1);
        assertThat(broken.mismatches().get(0).chainSeq()).isEqualTo(700);
        assertThat(verify(200, 3)).isEqualTo(broken);
    }

    /** Workers that read a later snapshot than the verifying connection would see the change made meanwhile. */
    @Test
    void everyWorkerReadsTheSnapshotOfTheVerifyingConnection() throws SQLException {
        ChainVerifier.Report before = verify(0, 1);
        AtomicBoolean changed = new AtomicBoolean();
        try (Connection writer = open()) {
            execute(writer, "set search_path to " + schema);
            ChainVerifier.Connections changingFirst = () -> {
                if (!changed.getAndSet(true)) {
                    execute(writer, "update event_chain set hash = sha256(hash) where chain_seq = 800");
                }
                return open();
            };

            ChainVerifier.Report report = ChainVerifier.verify(connection,
                    new ChainVerifier.Request(0, PUBLIC_KEY, OptionalLong.of(EVENTS), null), 3, changingFirst);

            assertThat(changed).isTrue();
            assertThat(report).isEqualTo(before);
        }
        assertThat(verify(0, 3).mismatches().get(0).chainSeq()).isEqualTo(800);
    }

    private ChainVerifier.Report verify(long from, int workers) throws SQLException {
        return ChainVerifier.verify(connection,
                new ChainVerifier.Request(from, PUBLIC_KEY, OptionalLong.of(EVENTS), null), workers,
                ParallelChainVerificationTest::open);
    }

    private void tamper(String statement) throws SQLException {
        execute(statement);
    }

    private void execute(String statement) throws SQLException {
        execute(connection, statement);
    }

    private static void execute(Connection connection, String statement) throws SQLException {
        try (Statement executed = connection.createStatement()) {
            executed.execute(statement);
        }
    }

    /** A worker's connection lands in the default schema: the verifier must carry the test's schema over. */
    private static Connection open() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseCredentials.SUPERUSER,
                server.credentials().superuserPassword());
    }

    private static KeyPair generateKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
