package io.tabien.registry.platform.database;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.BirthLoad;
import io.tabien.registry.support.RegistryProcess;
import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the registry acknowledged survives a crash: of the registry's process while births are posted, and of the
 * database's processes, which the registry starts again by itself.
 */
public class CrashRecoveryTest {

    public static final String ADMIN_PASSWORD = "crash-admin-password";
    public static final String REGISTRAR = "vientiane-registrar";
    public static final String PASSWORD = "crash-registrar-password";

    @Test
    void everyBirthAcknowledgedBeforeTheRegistryWasKilledIsReadableAfterItsRestart() {
        Path data = TestDatabases.fresh();
        int databasePort = RegistryProcess.freePort();
        String[] arguments = {
                "--tabien.database.embedded.data-directory=" + data,
                "--tabien.database.embedded.port=" + databasePort,
                "--tabien.audit.key-file=" + data + ".audit-signing.key",
                "--tabien.certificates.key-file=" + data + ".certificate-signing.key",
                "--tabien.admin.password=" + ADMIN_PASSWORD};
        List<String> acknowledged;
        try (RegistryProcess first = RegistryProcess.start("killed-during-births", arguments)) {
            createRegistrar(first.api());
            BirthLoad load = new BirthLoad(() -> first.api().as(REGISTRAR, PASSWORD));
            load.awaitMoreAcknowledged(40, Duration.ofSeconds(90));
            first.kill();
            acknowledged = load.stop();
        }

        // The killed registry's database server is still running on the data directory; the next start stops it.
        try (RegistryProcess second = RegistryProcess.start("restarted-after-kill", arguments)) {
            Api registrar = second.api().as(REGISTRAR, PASSWORD);
            assertEveryOneReadable(registrar, acknowledged);
            assertEveryProjectionCatchesUp(second.api().as("admin", ADMIN_PASSWORD), headOf(data, databasePort));
        }
    }

    @Test
    void everyBirthAcknowledgedBeforeTheDatabaseWasKilledSurvivesAndTheRegistryRecoversByItself() {
        try (ConfigurableApplicationContext registry = StandaloneRegistry.start(TestDatabases.fresh(), ADMIN_PASSWORD)) {
            Api api = StandaloneRegistry.api(registry);
            createRegistrar(api);
            EmbeddedPostgresServer database = registry.getBean(EmbeddedPostgresServer.class);
            List<String> acknowledged;
            List<BirthLoad.Refusal> refusals;
            try (BirthLoad load = new BirthLoad(() -> api.as(REGISTRAR, PASSWORD))) {
                load.awaitMoreAcknowledged(30, Duration.ofSeconds(60));
                keepDownUntilARequestIsRefused(database, load);
                load.awaitMoreAcknowledged(30, Duration.ofSeconds(120));
                acknowledged = load.stop();
                refusals = load.refusals();
            }

            assertThat(refusals).as("requests while the database was down").isNotEmpty().allSatisfy(refusal -> {
                assertThat(refusal.status()).isEqualTo(503);
                assertThat(refusal.contentType()).isEqualTo("application/problem+json");
                assertThat(refusal.took()).isLessThan(Duration.ofSeconds(5));
            });
            assertEveryOneReadable(api.as(REGISTRAR, PASSWORD), acknowledged);
            assertEveryProjectionCatchesUp(api.as("admin", ADMIN_PASSWORD),
                    registry.getBean(JdbcTemplate.class).queryForObject("select max(global_index) from domain_event_entry",
                            Long.class));
        }
    }

    /**
     * Kills the server, and again each time the registry has started it, until a request has met the outage: a
     * server back within the connection pool's wait would otherwise answer every request that did not hold a
     * connection at the moment of the kill.
     */
    static void keepDownUntilARequestIsRefused(EmbeddedPostgresServer database, BirthLoad load) {
        killEveryProcessOf(database);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                // A server caught while starting has no complete process file yet; it is killed at the next poll.
                .ignoreExceptions().until(() -> {
            if (load.refusals().isEmpty() && database.isRunning()) {
                killEveryProcessOf(database);
            }
            return !load.refusals().isEmpty();
        });
    }

    /** As {@code kill -9} of every process of the server: the main one first, so that it restarts none. */
    static void killEveryProcessOf(EmbeddedPostgresServer database) {
        try {
            long pid = Long.parseLong(Files.readAllLines(database.dataDirectory().resolve("postmaster.pid")).get(0)
                    .strip());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            List<ProcessHandle> backends = postmaster.descendants().toList();
            postmaster.destroyForcibly();
            backends.forEach(ProcessHandle::destroyForcibly);
            postmaster.onExit().join();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void createRegistrar(Api api) {
        Api.Response created = api.as("admin", ADMIN_PASSWORD).post("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["REGISTRAR"], "office": "LA-VT"}"""
                .formatted(REGISTRAR, PASSWORD));
        assertThat(created.status()).isEqualTo(201);
    }

    public static void assertEveryOneReadable(Api registrar, List<String> acknowledged) {
        assertThat(acknowledged).isNotEmpty();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            for (String person : acknowledged) {
                assertThat(registrar.get("/api/persons/" + person).status()).as(person).isEqualTo(200);
            }
        });
    }

    /** The last event in the store of a registry running in another process, read as the registry's own role. */
    static long headOf(Path dataDirectory, int port) {
        EmbeddedDatabaseCredentials credentials = EmbeddedDatabaseCredentials.readFrom(dataDirectory);
        return new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + port + "/"
                + credentials.database(), EmbeddedDatabaseCredentials.APPLICATION, credentials.applicationPassword()))
                .queryForObject("select max(global_index) from domain_event_entry", Long.class);
    }

    /** Every processor has read up to the given last event of the store, as its health reports. */
    static void assertEveryProjectionCatchesUp(Api admin, long head) {
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            JsonNode processors = admin.get("/actuator/health").json()
                    .path("components").path("eventProcessors").path("details");
            assertThat(processors.isObject()).as("processors in health").isTrue();
            for (Map.Entry<String, JsonNode> processor : processors.properties()) {
                for (JsonNode segment : processor.getValue().path("segments")) {
                    assertThat(segment.path("error").asBoolean()).as(processor.getKey()).isFalse();
                    assertThat(segment.path("position").asLong()).as(processor.getKey()).isGreaterThanOrEqualTo(head);
                }
            }
        });
    }
}
