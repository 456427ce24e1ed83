package io.tabien.registry.platform.backup;

import io.tabien.registry.platform.database.CrashRecoveryTest;
import io.tabien.registry.platform.database.EmbeddedDatabaseCredentials;
import io.tabien.registry.platform.database.EmbeddedPostgresServer;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.BirthLoad;
import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static io.tabien.registry.platform.database.CrashRecoveryTest.ADMIN_PASSWORD;
import static io.tabien.registry.platform.database.CrashRecoveryTest.PASSWORD;
import static io.tabien.registry.platform.database.CrashRecoveryTest.REGISTRAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backup taken while births are registered restores into a fresh data directory with every birth acknowledged
 * before it began and an intact chain; a damaged copy, or a copy of a database whose events were rewritten, is
 * refused and leaves nothing behind.
 */
class BackupRestoreTest {

    @Test
    void everyBirthAcknowledgedBeforeTheBackupBeganIsInTheRestoredRegistryWithTheChainIntact() throws IOException {
        Path data = TestDatabases.fresh();
        Path backups = TestDatabases.fresh();
        List<String> beforeBackup = new ArrayList<>();
        // Signed checkpoints, and so lines in the heads file, before the backup begins.
        try (ConfigurableApplicationContext registry = StandaloneRegistry.startWith(data, ADMIN_PASSWORD,
                "--tabien.audit.checkpoint-every-events=10")) {
            Api api = StandaloneRegistry.api(registry);
            CrashRecoveryTest.createRegistrar(api);
            List<BirthLoad> loads = List.of(load(api), load(api), load(api));
            try {
                loads.forEach(load -> load.awaitMoreAcknowledged(10, Duration.ofSeconds(60)));
                Instant began = Instant.now();
                // The registry holds the data directory: the command backs up through its running server.
                Command backup = command(BackupCommand::run, "backup", "--to", backups.toString(),
                        "--data-directory=" + data, "--tabien.audit.key-file=" + data + ".audit-signing.key",
                        "--tabien.audit.heads-file=" + data + ".audit-heads.log");
                assertThat(backup.status()).as(backup.output()).isZero();
                assertThat(backup.output()).contains("Backing up the database of the registry running on");
                loads.forEach(load -> load.awaitMoreAcknowledged(5, Duration.ofSeconds(60)));
                loads.forEach(load -> beforeBackup.addAll(load.acknowledgedBefore(began)));
            } finally {
                loads.forEach(BirthLoad::stop);
            }
        }
        assertThat(beforeBackup).hasSizeGreaterThanOrEqualTo(30);

        Path restored = TestDatabases.fresh();
        Files.copy(Path.of(data + ".audit-signing.key"), Path.of(restored + ".audit-signing.key"));
        Command restore = command(RestoreCommand::run, "restore", "--from", backups.toString(),
                "--data-directory=" + restored, "--tabien.audit.key-file=" + restored + ".audit-signing.key",
                "--tabien.audit.heads-file=" + restored + ".audit-heads.log");
        assertThat(restore.status()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("The chain is intact.", "The access log is intact.", "Restored into:");
        assertThat(Path.of(restored + ".audit-heads.log")).exists();

        try (ConfigurableApplicationContext registry = StandaloneRegistry.start(restored, ADMIN_PASSWORD)) {
            List<String> stored = registry.getBean(JdbcTemplate.class).queryForList(
                    "select aggregate_identifier from domain_event_entry where payload_type like '%BirthRegistered'",
                    String.class);
            assertThat(stored).containsAll(beforeBackup);
            Api api = StandaloneRegistry.api(registry);
            CrashRecoveryTest.assertEveryOneReadable(api.as(REGISTRAR, PASSWORD), beforeBackup);
            Api auditor = api.as(newAuditor(api), PASSWORD);
            assertThat(auditor.get("/api/audit/verification").json().get("intact").asBoolean()).isTrue();
        }
    }

    @Test
    void aDamagedCopyAndACopyOfARewrittenChainOrAccessLogAreRefusedAndLeaveNothingRestored() throws IOException {
        // Two backups taken through a running registry, the last with the registry stopped.
        Path data = TestDatabases.fresh();
        Path intact = TestDatabases.fresh();
        Path accessLogRewritten = TestDatabases.fresh();
        Path rewritten = TestDatabases.fresh();
        String keyFile = "--tabien.audit.key-file=" + data + ".audit-signing.key";
        long victim;
        try (ConfigurableApplicationContext registry = StandaloneRegistry.start(data, ADMIN_PASSWORD)) {
            Api api = StandaloneRegistry.api(registry);
            CrashRecoveryTest.createRegistrar(api);
            try (BirthLoad load = load(api)) {
                load.awaitMoreAcknowledged(5, Duration.ofSeconds(60));
            }
            JdbcTemplate jdbc = registry.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                    "select coalesce(max(global_index), 0) from event_chain", Long.class) >= jdbc.queryForObject(
                    "select max(global_index) from domain_event_entry", Long.class));
            String person = jdbc.queryForObject("select min(aggregate_identifier) from domain_event_entry"
                    + " where payload_type like '%BirthRegistered'", String.class);
            assertThat(api.as(REGISTRAR, PASSWORD).get("/api/persons/" + person).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                    select count(*) from access_log a
                    where not exists (select 1 from access_log_chain c where c.entry_id = a.entry_id)""",
                    Long.class) == 0);
            assertThat(backUp(data, intact).status()).isZero();

            EmbeddedPostgresServer server = registry.getBean(EmbeddedPostgresServer.class);
            long read = rewriteAccessLogEntry(server, person);
            assertThat(backUp(data, accessLogRewritten).status()).isZero();
            Command accessLogTampered = command(RestoreCommand::run, "restore", "--from",
                    accessLogRewritten.toString(), "--data-directory=" + TestDatabases.fresh(), keyFile);
            assertThat(accessLogTampered.status()).as(accessLogTampered.output()).isEqualTo(1);
            assertThat(accessLogTampered.output()).contains("The chain is intact.",
                    "MISMATCH in the access log at entry " + read,
                    "REFUSED: the access log's chain does not verify");

            victim = jdbc.queryForObject("select min(global_index) from domain_event_entry"
                    + " where payload_type like '%BirthRegistered'", Long.class);
            rewriteEvent(server, victim);
        }
        // With no registry running, the command starts the database itself: the copy is as faithful.
        assertThat(backUp(data, rewritten).output()).contains("The registry is not running");

        Path damagedFile = largestDataFile(BackupDirectory.completeBackups(intact).get(0));
        byte[] bytes = Files.readAllBytes(damagedFile);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(damagedFile, bytes);
        Path target = TestDatabases.fresh();
        Command damaged = command(RestoreCommand::run, "restore", "--from", intact.toString(),
                "--data-directory=" + target, keyFile);
        assertThat(damaged.status()).as(damaged.output()).isEqualTo(1);
        assertThat(damaged.output()).contains("REFUSED: the copy is damaged: database/"
                + damagedFile.getParent().getParent().getFileName() + "/" + damagedFile.getParent().getFileName()
                + "/" + damagedFile.getFileName());
        assertNothingRestored(target);

        Command tampered = command(RestoreCommand::run, "restore", "--from", rewritten.toString(),
                "--data-directory=" + target, keyFile, "--tabien.audit.heads-file=" + target + ".audit-heads.log");
        assertThat(tampered.status()).as(tampered.output()).isEqualTo(1);
        assertThat(tampered.output()).contains("MISMATCH at global index " + victim,
                "REFUSED: the chain does not verify");
        assertNothingRestored(target);
        assertThat(Path.of(target + ".audit-heads.log")).doesNotExist();
    }

    private static BirthLoad load(Api api) {
        return new BirthLoad(() -> api.as(REGISTRAR, PASSWORD));
    }

    private static Command backUp(Path data, Path backups) {
        Command backup = command(BackupCommand::run, "backup", "--to", backups.toString(), "--data-directory=" + data,
                "--tabien.audit.key-file=" + data + ".audit-signing.key",
                "--tabien.audit.heads-file=" + data + ".audit-heads.log");
        assertThat(backup.status()).as(backup.output()).isZero();
        return backup;
    }

    /** What a database superuser could do: switch the append-only trigger off and edit a stored event. */
    private static void rewriteEvent(EmbeddedPostgresServer server, long globalIndex) {
        JdbcTemplate superuser = new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(),
                EmbeddedDatabaseCredentials.SUPERUSER, server.credentials().superuserPassword()));
        superuser.execute("alter table domain_event_entry disable trigger domain_event_entry_append_only_rows");
        superuser.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " '2025-06-01', '2025-06-02'), 'UTF8') where global_index = ?", globalIndex);
        superuser.execute("alter table domain_event_entry enable trigger domain_event_entry_append_only_rows");
    }

    /** The same for a logged read: it names another reader. Answers the entry changed. */
    private static long rewriteAccessLogEntry(EmbeddedPostgresServer server, String record) {
        JdbcTemplate superuser = new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(),
                EmbeddedDatabaseCredentials.SUPERUSER, server.credentials().superuserPassword()));
        long entry = superuser.queryForObject("select min(entry_id) from access_log where ? = any(record_ids)",
                Long.class, record);
        superuser.execute("alter table access_log disable trigger access_log_append_only");
        superuser.update("update access_log set actor = 'someone-else' where entry_id = ?", entry);
        superuser.execute("alter table access_log enable trigger access_log_append_only");
        return entry;
    }

    private static Path largestDataFile(Path backup) throws IOException {
        try (Stream<Path> files = Files.walk(backup.resolve("database").resolve("base"))) {
            return files.filter(Files::isRegularFile).max(Comparator.comparingLong(BackupRestoreTest::size))
                    .orElseThrow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertNothingRestored(Path target) {
        assertThat(target).doesNotExist();
        assertThat(Path.of(target + ".restoring")).doesNotExist();
    }

    private static String newAuditor(Api api) {
        String name = "backup-auditor-" + System.nanoTime();
        assertThat(api.as("admin", ADMIN_PASSWORD).post("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["AUDITOR"]}""".formatted(name, PASSWORD))
                .status()).isEqualTo(201);
        return name;
    }

    /** A command's exit status and what it printed. */
    record Command(int status, String output) {
    }

    interface Runnable {
        int run(String[] args, PrintStream out);
    }

    static Command command(Runnable command, String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = command.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
        return new Command(status, printed.toString(StandardCharsets.UTF_8));
    }
}
