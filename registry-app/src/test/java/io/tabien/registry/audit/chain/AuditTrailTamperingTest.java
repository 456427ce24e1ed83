package io.tabien.registry.audit.chain;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The audit trail attacked as someone with superuser rights on the database would: switch the append-only triggers
 * off and remove or rewrite rows. Each attack must be named by verification, in the API and offline, with the
 * global index of what it touched. All integration tests share one database, so each test puts back what it broke
 * and checks that the chain verifies again.
 */
class AuditTrailTamperingTest extends IntegrationTest {

    @Autowired
    private ProjectionProgress progress;
    @Autowired
    private SigningKeys keys;
    @Autowired
    private HeadsFile headsFile;
    @Autowired
    private AuditProperties properties;
    @Autowired
    private EventProcessingConfiguration processing;

    private Api auditor;
    private CivilClient registrar;

    /** A link of the chain as stored. */
    private record Link(long chainSeq, long globalIndex, byte[] hash) {
    }

    @BeforeEach
    void users() {
        auditor = user("AUDITOR", null);
        registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
    }

    @Test
    void theChainAndItsCheckpointsRefuseUpdateDeleteAndTruncateEvenFromASuperuser() {
        birth();
        awaitChained();
        long links = count("event_chain");
        long checkpoints = count("audit_checkpoint");
        assertThat(checkpoints).isPositive();

        for (JdbcTemplate database : List.of(jdbc, superuser())) {
            for (String table : List.of("event_chain", "audit_checkpoint")) {
                assertRefused(database, "update " + table + " set hash = hash");
                assertRefused(database, "delete from " + table);
                assertRefused(database, "truncate " + table);
            }
            assertRefused(database, "truncate event_chain, audit_checkpoint");
        }

        assertThat(count("event_chain")).isGreaterThanOrEqualTo(links);
        assertThat(count("audit_checkpoint")).isGreaterThanOrEqualTo(checkpoints);
    }

    @Test
    void aLinkRemovedFromTheChainIsNamedByItsEventsGlobalIndex() throws SQLException {
        Link victim = victim();

        asAttacker(db -> db.update("delete from event_chain where chain_seq = ?", victim.chainSeq()), "event_chain");
        try {
            JsonNode report = verification();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertMismatch(report, null, victim.globalIndex(), "the event is not in the chain");
            assertMismatch(report, victim.chainSeq(), null, "chain position " + victim.chainSeq() + " is missing");
            assertOfflineNames(victim.globalIndex());
        } finally {
            asAttacker(db -> db.update("insert into event_chain (chain_seq, global_index, hash) values (?, ?, ?)",
                    victim.chainSeq(), victim.globalIndex(), victim.hash()));
        }
        assertIntact();
    }

    @Test
    void aDeletedEventIsNamedByItsGlobalIndex() throws SQLException {
        Link victim = victim();
        Map<String, Object> event = superuser().queryForMap(
                "select * from domain_event_entry where global_index = ?", victim.globalIndex());

        asAttacker(db -> db.update("delete from domain_event_entry where global_index = ?", victim.globalIndex()),
                "domain_event_entry");
        try {
            JsonNode report = verification();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertMismatch(report, victim.chainSeq(), victim.globalIndex(), "missing from the event store");
            assertOfflineNames(victim.globalIndex());
        } finally {
            asAttacker(db -> db.update("""
                            insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                                event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", event.get("global_index"),
                    event.get("aggregate_identifier"), event.get("sequence_number"), event.get("type"),
                    event.get("event_identifier"), event.get("meta_data"), event.get("payload"),
                    event.get("payload_revision"), event.get("payload_type"), event.get("time_stamp")));
        }
        assertIntact();
    }

    @Test
    void anEventWhoseMetadataWasChangedIsNamedByItsGlobalIndex() throws SQLException {
        Link victim = victim();
        byte[] original = superuser().queryForObject(
                "select meta_data from domain_event_entry where global_index = ?", byte[].class, victim.globalIndex());
        byte[] otherActor = new String(original, StandardCharsets.UTF_8)
                .replace("\"actor\":\"registrar-", "\"actor\":\"registrar_").getBytes(StandardCharsets.UTF_8);
        assertThat(otherActor).isNotEqualTo(original);

        setMetadata(victim.globalIndex(), otherActor);
        try {
            JsonNode report = verification();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertMismatch(report, victim.chainSeq(), victim.globalIndex(), "differs from the recorded one");
            assertOfflineNames(victim.globalIndex());
        } finally {
            setMetadata(victim.globalIndex(), original);
        }
        assertIntact();
    }

    @Test
    void anEditedChainHashIsNamedByItsEventsGlobalIndex() throws SQLException {
        Link victim = victim();
        byte[] edited = victim.hash().clone();
        edited[0] ^= 0x01;

        setChainHash(victim.chainSeq(), edited);
        try {
            JsonNode report = verification();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertMismatch(report, victim.chainSeq(), victim.globalIndex(), "differs from the recorded one");
            assertOfflineNames(victim.globalIndex());
        } finally {
            setChainHash(victim.chainSeq(), victim.hash());
        }
        assertIntact();
    }

    @Test
    void aCheckpointReSignedWithAnotherKeyIsNamedAndTheKeyStoredBesideItIsNotTrusted() throws Exception {
        Checkpoint checkpoint = checkpointBehindTheLatest();
        Map<String, Object> original = superuser().queryForMap(
                "select public_key, signature from audit_checkpoint where chain_seq = ?", checkpoint.chainSeq());
        KeyPair attackers = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String forged = CheckpointSignature.sign(attackers.getPrivate(), checkpoint.signedText());

        asAttacker(db -> db.update("update audit_checkpoint set public_key = ?, signature = ? where chain_seq = ?",
                Base64.getEncoder().encodeToString(attackers.getPublic().getEncoded()), forged, checkpoint.chainSeq()),
                "audit_checkpoint");
        try {
            JsonNode report = verification();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertMismatch(report, checkpoint.chainSeq(), checkpoint.globalIndex(), "signed with another key");
            assertOfflineNames(checkpoint.globalIndex());
            JsonNode fromIt = auditor.get("/api/audit/verification?from=" + checkpoint.chainSeq()).json();
            assertMismatch(fromIt, checkpoint.chainSeq(), checkpoint.globalIndex(),
                    "the checkpoint to start from is not signed with the registry's key");
        } finally {
            asAttacker(db -> db.update("update audit_checkpoint set public_key = ?, signature = ? where chain_seq = ?",
                    original.get("public_key"), original.get("signature"), checkpoint.chainSeq()), "audit_checkpoint");
        }
        assertIntact();
    }

    /** With the signing key in hand the database alone can be made to agree with itself; the heads file cannot. */
    @Test
    void aCheckpointRewrittenInTheDatabaseButNotInTheHeadsFileIsNamed() throws Exception {
        Checkpoint checkpoint = checkpointBehindTheLatest();
        Instant moved = checkpoint.createdAt().plusSeconds(1);
        String resigned = CheckpointSignature.sign(keys.privateKey(),
                new Checkpoint(checkpoint.chainSeq(), checkpoint.globalIndex(), checkpoint.hash(), moved, null)
                        .signedText());

        rewriteCheckpoint(checkpoint.chainSeq(), moved, resigned);
        try {
            JsonNode report = verification();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.get("mismatches")).hasSize(1);
            assertMismatch(report, checkpoint.chainSeq(), checkpoint.globalIndex(), "holds the checkpoint on line");

            OfflineVerifier.Outcome withFile = offline("--heads-file=" + headsFile.path());
            assertThat(withFile.exitStatus()).as(withFile.printed()).isEqualTo(1);
            assertThat(withFile.printed()).contains("MISMATCH at global index " + checkpoint.globalIndex()
                    + " (chain position " + checkpoint.chainSeq() + "): the database holds the checkpoint");
            OfflineVerifier.Outcome withoutFile = offline();
            assertThat(withoutFile.exitStatus()).as(withoutFile.printed()).isZero();
        } finally {
            rewriteCheckpoint(checkpoint.chainSeq(), checkpoint.createdAt(), checkpoint.signature());
        }
        assertIntact();

        Map<String, Object> row = superuser().queryForMap("select * from audit_checkpoint where chain_seq = ?",
                checkpoint.chainSeq());
        asAttacker(db -> db.update("delete from audit_checkpoint where chain_seq = ?", checkpoint.chainSeq()),
                "audit_checkpoint");
        try {
            JsonNode report = verification();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertMismatch(report, checkpoint.chainSeq(), checkpoint.globalIndex(), "the database lacks the checkpoint");
        } finally {
            asAttacker(db -> db.update("""
                            insert into audit_checkpoint (chain_seq, global_index, hash, created_at, public_key, signature)
                            values (?, ?, ?, ?, ?, ?)""", row.get("chain_seq"), row.get("global_index"), row.get("hash"),
                    row.get("created_at"), row.get("public_key"), row.get("signature")));
        }
        assertIntact();
    }

    @Test
    void anEmptiedChainFailsVerificationForTheEventsItNoLongerCovers() throws SQLException {
        birth();
        long head = awaitChained();
        awaitSettledAt(head);
        long first = superuser().queryForObject("select min(global_index) from domain_event_entry", Long.class);
        // Nothing may be linked while the chain is emptied and put back; verification then reads the settled
        // position from the processor's stored token.
        StreamingEventProcessor chain = processing.eventProcessor(EventChainProcessor.NAME, StreamingEventProcessor.class)
                .orElseThrow();
        chain.shutDown();
        try {
            asAttacker(db -> {
                db.execute("create table tampering_event_chain as table event_chain");
                db.execute("create table tampering_audit_checkpoint as table audit_checkpoint");
                db.execute("truncate event_chain, audit_checkpoint");
            }, "event_chain", "audit_checkpoint");
            try {
                JsonNode report = verification();
                assertThat(report.get("intact").asBoolean()).isFalse();
                assertThat(report.get("eventsVerified").asLong()).isZero();
                assertThat(report.get("settledPosition").asLong()).isGreaterThanOrEqualTo(head);
                assertMismatch(report, null, first, "the event is not in the chain");
                assertThat(report.get("mismatches")).anySatisfy(mismatch -> assertThat(
                        mismatch.get("reason").asString()).contains("the database lacks the checkpoint"));

                OfflineVerifier.Outcome offline = offline();
                assertThat(offline.exitStatus()).as(offline.printed()).isEqualTo(1);
                assertThat(offline.printed()).contains("MISMATCH at global index " + first + ": the event is not in the chain");
            } finally {
                asAttacker(db -> {
                    db.execute("insert into event_chain select * from tampering_event_chain");
                    db.execute("insert into audit_checkpoint select * from tampering_audit_checkpoint");
                    db.execute("drop table tampering_event_chain, tampering_audit_checkpoint");
                });
            }
        } finally {
            chain.start();
        }
        assertIntact();
    }

    /** The chain's unique key forbids a second link to one event, so the attacker drops it (on a copy). */
    @Test
    void anEventLinkedTwiceIsNamedByItsGlobalIndex() throws SQLException {
        Link victim = victim();

        ChainVerifier.Report report = verifyACopy(copy -> {
            Link head = copy.queryForObject("select chain_seq, global_index, hash from event_chain "
                    + "order by chain_seq desc limit 1", (row, n) -> new Link(row.getLong(1), row.getLong(2), row.getBytes(3)));
            ChainedEvent event = copy.queryForObject("select " + ChainedEvent.COLUMNS
                    + " from domain_event_entry e where e.global_index = ?", (row, n) -> ChainedEvent.from(row),
                    victim.globalIndex());
            copy.update("insert into event_chain (chain_seq, global_index, hash) values (?, ?, ?)",
                    head.chainSeq() + 1, victim.globalIndex(), event.hash(head.hash()));
        });

        assertThat(report.intact()).isFalse();
        assertThat(report.mismatches()).containsExactly(new ChainVerifier.Mismatch(victim.chainSeq(),
                victim.globalIndex(), "the event is linked 2 times"));
    }

    @Test
    void checkpointsLeftBehindAnEmptiedChainAreNamed() throws SQLException {
        birth();
        awaitChained();

        ChainVerifier.Report report = verifyACopy(copy -> copy.execute("truncate event_chain"));

        Map<String, Object> first = superuser().queryForMap(
                "select chain_seq, global_index from audit_checkpoint order by chain_seq limit 1");
        assertThat(report.intact()).isFalse();
        assertThat(report.mismatches()).anySatisfy(mismatch -> {
            assertThat(mismatch.chainSeq()).isEqualTo(first.get("chain_seq"));
            assertThat(mismatch.globalIndex()).isEqualTo(first.get("global_index"));
            assertThat(mismatch.reason()).startsWith("the checkpoint signs a link the chain lacks");
        });
    }

    /**
     * Verifies a copy of the chain, the store and the token, changed by {@code tamper} in a schema of its own.
     * Some changes cannot be made to the live chain and put back: a link appended to it would become the head the
     * registry signs.
     */
    private ChainVerifier.Report verifyACopy(Consumer<JdbcTemplate> tamper) throws SQLException {
        JdbcTemplate attacker = superuser();
        attacker.execute("create schema tampering_copy");
        try {
            for (String table : List.of("domain_event_entry", "event_chain", "audit_checkpoint", "token_entry")) {
                attacker.execute("create table tampering_copy." + table + " as table public." + table);
            }
            try (Connection connection = attacker.getDataSource().getConnection()) {
                connection.createStatement().execute("set search_path to tampering_copy");
                try {
                    tamper.accept(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
                    return ChainVerifier.verify(connection,
                            new ChainVerifier.Request(0, publicKey(), OptionalLong.empty(), null));
                } finally {
                    connection.createStatement().execute("reset search_path");
                }
            }
        } finally {
            attacker.execute("drop schema tampering_copy cascade");
        }
    }

    @Test
    void theOfflineVerifierRequiresTheRegistrysPublicKeyAndComparesTheHeadsFile(@TempDir Path directory)
            throws Exception {
        birth();
        awaitChained();
        KeyPair another = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path publicKeyFile = Files.writeString(directory.resolve("tabien-audit.pub"), publicKey() + "\n");
        Path signingKeyFile = Files.writeString(directory.resolve("audit-signing.key"),
                Base64.getEncoder().encodeToString(keys.privateKey().getEncoded()) + "\n" + publicKey() + "\n");

        OfflineVerifier.Outcome withoutKey = OfflineVerifier.run(superuser());
        OfflineVerifier.Outcome withAnotherKey = OfflineVerifier.run(superuser(),
                "--public-key=" + Base64.getEncoder().encodeToString(another.getPublic().getEncoded()));
        OfflineVerifier.Outcome withTheSigningKeyFile = OfflineVerifier.run(superuser(),
                "--public-key-file=" + signingKeyFile);
        OfflineVerifier.Outcome withKeyAndHeads = OfflineVerifier.run(superuser(),
                "--public-key-file=" + publicKeyFile, "--heads-file=" + headsFile.path());

        assertThat(withoutKey.exitStatus()).isEqualTo(2);
        assertThat(withoutKey.printed()).contains("Give the registry's public key").contains("Usage:");
        assertThat(withAnotherKey.exitStatus()).as(withAnotherKey.printed()).isEqualTo(1);
        assertThat(withAnotherKey.printed()).contains("signed with another key");
        assertThat(withTheSigningKeyFile.exitStatus()).isEqualTo(2);
        assertThat(withTheSigningKeyFile.printed()).contains("must hold one line");
        assertThat(withKeyAndHeads.exitStatus()).as(withKeyAndHeads.printed()).isZero();
        assertThat(withKeyAndHeads.printed()).contains("The chain is intact.")
                .containsPattern("Heads file: +[1-9][0-9]* checkpoints compared");
    }

    @Test
    void everyHundredthLinkIsSigned() {
        while (chainHead() < 100) {
            birth();
            birth();
            awaitChained();
        }
        long head = chainHead();

        List<Long> signed = jdbc.queryForList("select chain_seq from audit_checkpoint where chain_seq % 100 = 0",
                Long.class);

        assertThat(signed).containsAll(LongStream.rangeClosed(1, head / 100).map(n -> n * 100).boxed().toList());
        assertThat(properties.checkpointEveryEvents()).isEqualTo(100);
        assertThat(properties.checkpointEvery()).isEqualTo(Duration.ofMinutes(1));
    }

    // --- the attacker

    /** One transaction as a superuser: the tables' append-only triggers off, the change, the triggers on again. */
    private void asAttacker(Consumer<JdbcTemplate> change, String... tables) {
        JdbcTemplate attacker = superuser();
        new TransactionTemplate(new DataSourceTransactionManager(attacker.getDataSource())).executeWithoutResult(tx -> {
            for (String table : tables) {
                attacker.execute("alter table " + table + " disable trigger user");
            }
            change.accept(attacker);
            for (String table : tables) {
                attacker.execute("alter table " + table + " enable trigger user");
            }
        });
    }

    private void setMetadata(long globalIndex, byte[] metadata) {
        asAttacker(db -> db.update("update domain_event_entry set meta_data = ? where global_index = ?", metadata,
                globalIndex), "domain_event_entry");
    }

    private void setChainHash(long chainSeq, byte[] hash) {
        asAttacker(db -> db.update("update event_chain set hash = ? where chain_seq = ?", hash, chainSeq),
                "event_chain");
    }

    private void rewriteCheckpoint(long chainSeq, Instant createdAt, String signature) {
        asAttacker(db -> db.update("update audit_checkpoint set created_at = ?, signature = ? where chain_seq = ?",
                Timestamp.from(createdAt), signature, chainSeq), "audit_checkpoint");
    }

    /** Refused, and should it not be, rolled back so that the shared chain survives the failing test. */
    private static void assertRefused(JdbcTemplate database, String statement) {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database.getDataSource()));
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            database.execute(statement);
        })).as(statement).isInstanceOf(DataAccessException.class)
                .satisfies(refused -> assertThat(sqlState(refused)).as(statement).isEqualTo("42501"));
    }

    private static String sqlState(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    // --- the records attacked

    /** A chained, settled event with another event linked after it, so that it is not the chain's head. */
    private Link victim() {
        long victim = birth();
        birth();
        awaitChained();
        awaitSettledAt(victim);
        return superuser().queryForObject("select chain_seq, global_index, hash from event_chain where global_index = ?",
                (row, n) -> new Link(row.getLong(1), row.getLong(2), row.getBytes(3)), victim);
    }

    /**
     * A checkpoint this node signed and wrote to its heads file, with a later one after it, so that the chain
     * processor and the head signer leave it alone while it is changed.
     */
    private Checkpoint checkpointBehindTheLatest() throws Exception {
        for (int births = 0; births <= 300; births += 10) {
            awaitChained();
            long latest = jdbc.queryForObject("select coalesce(max(chain_seq), 0) from audit_checkpoint", Long.class);
            List<HeadsFile.Line> lines = Files.exists(headsFile.path()) ? HeadsFile.read(headsFile.path()) : List.of();
            Optional<Checkpoint> written = lines.stream()
                    .flatMap(line -> line.checkpoint().stream())
                    .filter(checkpoint -> checkpoint.chainSeq() < latest)
                    .max(Comparator.comparingLong(Checkpoint::chainSeq));
            if (written.isPresent()) {
                return written.get();
            }
            for (int i = 0; i < 10; i++) {
                birth();
            }
        }
        throw new AssertionError("no second checkpoint after 300 births");
    }

    /** Registers a birth and answers the global index of its event. */
    private long birth() {
        String person = registrar.person("ສົມພອນ", "ກວດກາ", "2021-03-04", "LA-XE", "1501");
        return jdbc.queryForObject(
                "select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                Long.class, person);
    }

    // --- verification

    private JsonNode verification() {
        Api.Response response = auditor.get("/api/audit/verification");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private void assertIntact() {
        JsonNode report = verification();
        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
    }

    private static void assertMismatch(JsonNode report, Long chainSeq, Long globalIndex, String reason) {
        assertThat(report.get("mismatches")).as(report.toString()).anySatisfy(mismatch -> {
            assertThat(mismatch.get("reason").asString()).contains(reason);
            assertThat(mismatch.get("chainSeq").isNull() ? null : mismatch.get("chainSeq").asLong()).isEqualTo(chainSeq);
            assertThat(mismatch.get("globalIndex").isNull() ? null : mismatch.get("globalIndex").asLong())
                    .isEqualTo(globalIndex);
        });
    }

    private void assertOfflineNames(long globalIndex) throws SQLException {
        OfflineVerifier.Outcome offline = offline();
        assertThat(offline.exitStatus()).as(offline.printed()).isEqualTo(1);
        assertThat(offline.printed()).containsPattern("MISMATCH at global index " + globalIndex + "[ :]");
    }

    private OfflineVerifier.Outcome offline(String... options) throws SQLException {
        String[] arguments = new String[options.length + 1];
        arguments[0] = "--public-key=" + publicKey();
        System.arraycopy(options, 0, arguments, 1, options.length);
        return OfflineVerifier.run(superuser(), arguments);
    }

    private String publicKey() {
        return auditor.get("/api/audit/checkpoints").json().get("publicKey").asString();
    }

    private long awaitChained() {
        long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        if (head == 0) {
            return head;
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed(EventChainProcessor.NAME, head));
        return head;
    }

    /** Events committed late hold the settled position back until their gap closes or times out. */
    private void awaitSettledAt(long globalIndex) {
        await().atMost(Duration.ofMinutes(3))
                .until(() -> progress.settledPosition(EventChainProcessor.NAME).orElse(0) >= globalIndex);
    }

    private long chainHead() {
        return jdbc.queryForObject("select coalesce(max(chain_seq), 0) from event_chain", Long.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
