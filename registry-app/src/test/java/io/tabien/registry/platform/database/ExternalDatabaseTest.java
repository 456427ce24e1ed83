package io.tabien.registry.platform.database;

import io.tabien.registry.TabienApplication;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.BirthLoad;
import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.tabien.registry.platform.database.CrashRecoveryTest.ADMIN_PASSWORD;
import static io.tabien.registry.platform.database.CrashRecoveryTest.PASSWORD;
import static io.tabien.registry.platform.database.CrashRecoveryTest.REGISTRAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The registry on a PostgreSQL it does not run itself, connected as a role without ownership while the schema
 * owner migrates: an outage of that server is answered quickly and heals without restarting the registry.
 */
class ExternalDatabaseTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(3);

    private static EmbeddedPostgresServer database;
    private static ConfigurableApplicationContext registry;
    private static Api api;

    @BeforeAll
    static void startDatabaseAndRegistry() {
        Path data = TestDatabases.fresh();
        database = new EmbeddedPostgresServer(data, 0,
                Path.of(System.getProperty("java.io.tmpdir"), "tabien-postgres")).start();
        EmbeddedDatabaseCredentials credentials = database.credentials();
        registry = new SpringApplicationBuilder(TabienApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + EmbeddedDatabaseCredentials.APPLICATION,
                "--spring.datasource.password=" + credentials.applicationPassword(),
                "--tabien.database.owner.username=" + EmbeddedDatabaseCredentials.OWNER,
                "--tabien.database.owner.password=" + credentials.ownerPassword(),
                "--tabien.events.gap-timeout=" + GAP_TIMEOUT,
                "--tabien.audit.key-file=" + data + ".audit-signing.key",
                "--tabien.certificates.key-file=" + data + ".certificate-signing.key",
                "--tabien.admin.username=admin",
                "--tabien.admin.password=" + ADMIN_PASSWORD);
        api = StandaloneRegistry.api(registry);
        CrashRecoveryTest.createRegistrar(api);
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theSchemaOwnerMigratesAndTheRegistryRunsWithoutOwnership() {
        JdbcTemplate jdbc = registry.getBean(JdbcTemplate.class);

        assertThat(jdbc.queryForObject("select current_user", String.class))
                .isEqualTo(EmbeddedDatabaseCredentials.APPLICATION);
        assertThat(jdbc.queryForObject("select count(*) from pg_tables where schemaname = 'public' and tableowner <> ?",
                Integer.class, EmbeddedDatabaseCredentials.OWNER)).isZero();
        assertThat(jdbc.queryForObject("select has_table_privilege('domain_event_entry', 'DELETE')", Boolean.class))
                .isFalse();
    }

    @Test
    void anOutageIsAnsweredQuicklyAndHealsWithoutRestartingTheRegistry() {
        Api registrar = api.as(REGISTRAR, PASSWORD);
        Api admin = api.as("admin", ADMIN_PASSWORD);
        List<String> acknowledged;
        // Checked credentials are remembered for a while, so the administrator can read health during the outage.
        assertThat(admin.get("/actuator/health").status()).isEqualTo(200);
        try (BirthLoad load = new BirthLoad(() -> registrar)) {
            load.awaitMoreAcknowledged(20, Duration.ofSeconds(60));
            database.stop();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Api.Response health = admin.get("/actuator/health");
                assertThat(health.status()).as(health.body()).isEqualTo(503);
                assertThat(health.json().path("components").path("db").path("status").asString()).as(health.body()).isEqualTo("DOWN");
            });
            Api.Response anonymous = api.anonymous().get("/actuator/health");
            assertThat(anonymous.status()).isEqualTo(503);
            assertThat(anonymous.json().path("status").asString()).isEqualTo("DOWN");
            long started = System.nanoTime();
            Api.Response refused = registrar.post("/api/births", """
                    {"givenName": "ບຸນມີ", "familyName": "ພົມມະວົງ", "sex": "M", "dateOfBirth": "2025-06-01",
                     "placeOfBirth": {"province": "LA-VT", "district": "0101"}}""");
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

            database.start();
            load.awaitMoreAcknowledged(20, Duration.ofSeconds(120));
            acknowledged = load.stop();
            assertThat(load.refusals()).allSatisfy(refusal -> assertThat(refusal.status()).isEqualTo(503));
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(admin.get("/actuator/health").json().path("status").asString()).isEqualTo("UP"));
        CrashRecoveryTest.assertEveryOneReadable(registrar, acknowledged);
    }

    @Test
    void theEventsAfterARolledBackAppendAreListedOnceItsGapTimesOut() {
        Api auditor = auditor();
        long before = auditor.get("/api/audit/events?order=desc&limit=1").json().get("settled").asLong();
        JdbcTemplate jdbc = registry.getBean(JdbcTemplate.class);
        rollBackAnAppend();

        Api.Response birth = api.as(REGISTRAR, PASSWORD).post("/api/births", """
                {"givenName": "ຄຳ", "familyName": "ສີວົງ", "sex": "F", "dateOfBirth": "2025-07-01",
                 "placeOfBirth": {"province": "LA-VT", "district": "0101"}}""");
        assertThat(birth.status()).isEqualTo(201);
        String person = birth.json().get("id").asString();
        long gap = jdbc.queryForObject("select max(global_index) from domain_event_entry where aggregate_identifier = ?",
                Long.class, person) - 1;
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where global_index = ?", Integer.class,
                gap)).as("the rolled-back append left a gap").isZero();

        await().atMost(GAP_TIMEOUT.multipliedBy(5)).untilAsserted(() -> {
            JsonNode page = auditor.get("/api/audit/events?after=" + before + "&limit=500").json();
            assertThat(page.get("events").findValuesAsString("aggregateId")).contains(person);
        });
    }

    /** An append whose transaction rolls back, as a concurrent change refused by the store's unique key does. */
    private static void rollBackAnAppend() {
        EmbeddedDatabaseCredentials credentials = database.credentials();
        JdbcTemplate connection = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(),
                EmbeddedDatabaseCredentials.APPLICATION, credentials.applicationPassword()));
        connection.execute((java.sql.Connection jdbcConnection) -> {
            jdbcConnection.setAutoCommit(false);
            try (var insert = jdbcConnection.prepareStatement("""
                    insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        payload, payload_type, time_stamp) values (?, 0, 'Person', ?, '{}'::bytea, 'x', ?)""")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, java.time.Instant.now().toString());
                insert.executeUpdate();
            }
            jdbcConnection.rollback();
            return null;
        });
    }

    private static Api auditor() {
        String username = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as("admin", ADMIN_PASSWORD).post("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["AUDITOR"]}""".formatted(username, PASSWORD))
                .status()).isEqualTo(201);
        return api.as(username, PASSWORD);
    }
}
