package io.tabien.registry.upgrade;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.platform.database.EmbeddedDatabaseCredentials;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.EveryReadModel;
import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A database written by the first released version (its schema at V28, its events, read models, tokens, users and
 * signed checkpoints, in an embedded data directory that trusted every local connection, see
 * {@code upgrade/first-release/README.md}) is taken over by this version: the schema is migrated, the events are read
 * through the upcasters, the projections rebuild, the chain and the first release's checkpoints verify, and new facts
 * are chained after the old ones.
 */
class UpgradeFromFirstReleaseTest {

    private static final String FIXTURE = "/upgrade/first-release/";
    /** The last version of the first release's schema, and its last event. */
    private static final String FIRST_RELEASE_SCHEMA = "28";
    private static final long FIRST_RELEASE_HEAD = 56;
    private static final int FIRST_RELEASE_CHECKPOINTS = 6;

    private static final String MOTHER = "10000000-0000-4000-8000-000000000001";
    private static final String WORKER = "10000000-0000-4000-8000-000000000002";
    private static final String CHILD = "10000000-0000-4000-8000-000000000003";
    private static final String GRANDFATHER = "10000000-0000-4000-8000-000000000004";
    private static final String BOOK = "20000000-0000-4000-8000-000000000001";
    private static final String WORKER_PASSPORT = "30000000-0000-4000-8000-000000000001";
    private static final String AGENCY = "40000000-0000-4000-8000-000000000001";
    private static final String CONTRACT = "50000000-0000-4000-8000-000000000001";
    private static final String GRIEVANCE = "60000000-0000-4000-8000-000000000001";
    private static final String OPEN_GRIEVANCE = "60000000-0000-4000-8000-000000000002";

    private static Path dataDirectory;
    private static ConfigurableApplicationContext registry;
    private static Api api;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void upgradeTheFirstReleasesDatabase() throws Exception {
        dataDirectory = TestDatabases.fresh();
        restoreFirstRelease(dataDirectory);
        Path key = Path.of(dataDirectory + ".audit-signing.key");
        Files.copy(resource("audit-signing.key"), key, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));

        registry = StandaloneRegistry.startWith(dataDirectory, "not-used-the-administrator-exists",
                "--tabien.audit.checkpoint-every-events=1");
        api = StandaloneRegistry.api(registry);
        jdbc = registry.getBean(JdbcTemplate.class);
        ProjectionProgress progress = registry.getBean(ProjectionProgress.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> EveryReadModel.TABLES.keySet().stream()
                .allMatch(group -> progress.hasProcessed(group, FIRST_RELEASE_HEAD)));
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void theSchemaIsMigratedFromTheFirstReleasesVersionToTheCurrentOne() {
        Flyway flyway = registry.getBean(Flyway.class);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current().getVersion().isNewerThan(FIRST_RELEASE_SCHEMA)).isTrue();
        assertThat(Arrays.stream(flyway.info().applied())
                .filter(migration -> !migration.getVersion().isNewerThan(FIRST_RELEASE_SCHEMA))
                .map(MigrationInfo::getInstalledBy).distinct())
                .as("the first release's own migrations, kept as they were").containsExactly("postgres");
        assertThat(jdbc.queryForObject("select current_database()", String.class))
                .as("the data stays in the database the first release used").isEqualTo("postgres");
        assertThat(jdbc.queryForObject("select current_user", String.class))
                .as("no longer the superuser, as the first release").isEqualTo(EmbeddedDatabaseCredentials.APPLICATION);
        assertThat(jdbc.queryForObject("select pg_get_userbyid(relowner) from pg_class where relname = ?",
                String.class, "domain_event_entry")).isEqualTo(EmbeddedDatabaseCredentials.OWNER);
    }

    @Test
    void everyEventOfTheFirstReleaseIsReadAndEveryRecordAsItStood() throws InterruptedException {
        List<Object> payloads = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = registry.getBean(EventStore.class).openStream(null)) {
            while (payloads.size() < FIRST_RELEASE_HEAD) {
                payloads.add(stream.nextAvailable().getPayload());
            }
        }
        assertThat(payloads.stream().map(Object::getClass).distinct())
                .as("every kind of event the first release recorded, read as this version's records").hasSize(38);

        Api auditor = auditor();
        List<Map<String, Object>> streams = jdbc.queryForList("""
                select aggregate_identifier, count(*) as events from domain_event_entry
                where global_index <= ? group by aggregate_identifier""", FIRST_RELEASE_HEAD);
        assertThat(streams).hasSize(18);
        for (Map<String, Object> stream : streams) {
            String id = (String) stream.get("aggregate_identifier");
            Api.Response events = auditor.get("/api/audit/aggregates/" + id + "/events");
            assertThat(events.status()).as(events.toString()).isEqualTo(200);
            assertThat(StreamSupport.stream(events.json().spliterator(), false)
                    .filter(event -> event.path("globalIndex").asLong() <= FIRST_RELEASE_HEAD))
                    .as(id).hasSize(((Number) stream.get("events")).intValue());
            Api.Response state = auditor.get("/api/audit/aggregates/" + id + "/state");
            assertThat(state.status()).as(state.toString()).isEqualTo(200);
        }

        Api.Response all = auditor.get("/api/audit/events?limit=100");
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        List<JsonNode> events = StreamSupport.stream(all.json().path("events").spliterator(), false)
                .filter(event -> event.path("globalIndex").asLong() <= FIRST_RELEASE_HEAD).toList();
        assertThat(events).hasSize((int) FIRST_RELEASE_HEAD);
        assertThat(events).allSatisfy(event -> assertThat(event.path("payload").isObject()).isTrue());
    }

    @Test
    void theGrievanceCaseFilesRecordedInTheOpenAreReadThroughTheUpcaster() {
        Api attache = api.as("attache-th", "attache-first-release-pw");
        Api.Response caseFile = attache.get("/api/grievances/" + GRIEVANCE + "/narrative?purpose=upgrade");
        assertThat(caseFile.status()).as(caseFile.toString()).isEqualTo(200);
        assertThat(caseFile.body()).contains("The employer keeps my passport", "ນາຍຈ້າງເກັບໜັງສືຜ່ານແດນ",
                "Photo of the passport in the farm office safe");
        Api.Response asItStood = auditor().get("/api/audit/aggregates/" + GRIEVANCE + "/state?purpose=upgrade");
        assertThat(asItStood.body()).as("folded from the events themselves")
                .contains("The employer keeps my passport", "Photo of the passport in the farm office safe");
        Api.Response open = attache.get("/api/grievances/" + OPEN_GRIEVANCE + "/narrative?purpose=upgrade");
        assertThat(open.body()).contains("sixteen hours a day", "Her pay slips for October");
    }

    @Test
    void theProjectionsAreRebuiltAndAnswerForTheFirstReleasesRecords() {
        assertThat(jdbc.queryForObject("select count(*) from dead_letter_entry", Long.class))
                .as("events a projection could not handle").isZero();
        Api registrar = api.as("sekong-registrar", "registrar-first-release-pw");
        Api.Response found = registrar.get("/api/persons?q=Somchai");
        assertThat(found.body()).contains(WORKER);
        Api.Response worker = registrar.get("/api/persons/" + WORKER);
        assertThat(worker.json().path("givenNameLatin").asString()).isEqualTo("Somchai");
        assertThat(worker.json().path("lateRegistration").asBoolean()).isTrue();
        assertThat(worker.body()).contains(BOOK, WORKER_PASSPORT);
        assertThat(registrar.get("/api/persons/" + GRANDFATHER).body()).contains("2026-11-20");
        assertThat(registrar.get("/api/family-books/" + BOOK).body()).contains("XE-1501-0002", MOTHER, CHILD);

        Api labourOfficer = api.as("labour-officer", "labour-first-release-pw");
        Api.Response contract = labourOfficer.get("/api/contracts/" + CONTRACT);
        assertThat(contract.status()).as(contract.toString()).isEqualTo(200);
        assertThat(contract.body()).contains("RETURNED", AGENCY);
        assertThat(labourOfficer.get("/api/contracts?worker=" + WORKER).body()).contains(CONTRACT);
        assertThat(labourOfficer.get("/api/grievances?country=TH").body()).contains(GRIEVANCE, OPEN_GRIEVANCE);

        Api.Response flags = auditor().get("/api/persons/" + WORKER + "/flags");
        assertThat(flags.body()).contains("FEE-ABOVE-CAP", "FEE-NO-RECEIPT", "FEE-EMPLOYER-COST-CHARGED");
    }

    @Test
    void theChainAndTheFirstReleasesSignedCheckpointsVerify() throws IOException {
        Api auditor = auditor();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode report = auditor.get("/api/audit/verification").json();
            assertThat(report.path("intact").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.path("eventsVerified").asLong()).isGreaterThanOrEqualTo(FIRST_RELEASE_HEAD);
            assertThat(report.path("checkpointsVerified").asLong()).isGreaterThanOrEqualTo(FIRST_RELEASE_CHECKPOINTS);
        });
        assertThat(jdbc.queryForObject("select count(distinct public_key) from audit_checkpoint", Long.class))
                .as("checkpoints signed before and after the upgrade, with the one key").isOne();
        String releaseKey = Files.readAllLines(resource("audit-signing.key")).get(1);
        assertThat(auditor.get("/api/audit/checkpoints").json().path("publicKey").asString()).isEqualTo(releaseKey);
    }

    @Test
    void aRequestRetriedAcrossTheUpgradeIsAnsweredAsBeforeAndRecordsNothing() {
        Api registrar = api.as("sekong-registrar", "registrar-first-release-pw");
        long events = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, WORKER);
        Api.Response retried = registrar.post("/api/births", """
                {"id": "%s", "givenName": "ສົມໃຈ", "familyName": "ແກ້ວມະນີ", "givenNameLatin": "Somchay",
                 "familyNameLatin": "Keomany", "sex": "M", "dateOfBirth": "1998-05-20",
                 "placeOfBirth": {"province": "LA-XE", "district": "1501", "village": "Ban Phon"},
                 "mother": {"personId": "%s"}, "informant": "Noy Keomany"}""".formatted(WORKER, MOTHER),
                "Idempotency-Key", "birth-worker");
        assertThat(retried.status()).as(retried.toString()).isIn(200, 201);
        assertThat(retried.json().path("id").asString()).isEqualTo(WORKER);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, WORKER)).isEqualTo(events);
    }

    @Test
    void aNewFactIsAcceptedAndChainedAfterTheFirstReleasesHistory() {
        Api attache = api.as("attache-th", "attache-first-release-pw");
        Api.Response evidence = attache.post("/api/grievances/" + OPEN_GRIEVANCE + "/evidence",
                "{\"description\": \"Her November pay slip\", \"addedOn\": \"2026-11-29\"}");
        assertThat(evidence.status()).as(evidence.toString()).isIn(200, 201);
        Api registrar = api.as("sekong-registrar", "registrar-first-release-pw");
        Api.Response birth = registrar.post("/api/births", """
                {"givenName": "ບົວ", "familyName": "ແກ້ວມະນີ", "sex": "F", "dateOfBirth": "2026-11-28",
                 "placeOfBirth": {"province": "LA-XE", "district": "1501"}, "mother": {"personId": "%s"}}"""
                .formatted(MOTHER));
        assertThat(birth.status()).as(birth.toString()).isEqualTo(201);

        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        assertThat(head).isGreaterThan(FIRST_RELEASE_HEAD);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("select max(global_index) from event_chain", Long.class)).isEqualTo(head);
            JsonNode report = auditor().get("/api/audit/verification").json();
            assertThat(report.path("intact").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.path("headGlobalIndex").asLong()).isEqualTo(head);
            assertThat(Files.readString(Path.of(dataDirectory + ".audit-heads.log"))).isNotBlank();
        });
        assertThat(attache.get("/api/grievances/" + OPEN_GRIEVANCE + "/narrative?purpose=upgrade").body())
                .contains("Her pay slips for October", "Her November pay slip");
    }

    private static Api auditor() {
        return api.as("auditor", "auditor-first-release-pw");
    }

    /**
     * A data directory as the first release's embedded database left it: trusting local connections, the registry's
     * tables in the {@code postgres} database owned by the superuser, its schema made by migrations V1 to V28 (the
     * same files as today, or Flyway's checksums in the fixture's history would refuse them) and every row it held.
     */
    private static void restoreFirstRelease(Path data) throws Exception {
        try (EmbeddedPostgres firstRelease = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false).start()) {
            DataSource postgres = firstRelease.getPostgresDatabase();
            Flyway.configure().dataSource(postgres).locations("classpath:db/migration")
                    .target(FIRST_RELEASE_SCHEMA).skipDefaultCallbacks(true).load().migrate();
            try (Connection connection = postgres.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
                statement.execute("""
                        do $$ begin execute (select 'truncate ' || string_agg(format('%I', tablename), ', ')
                                             from pg_tables where schemaname = 'public'); end $$""");
                load(connection, statement);
            }
        }
    }

    /** The fixture's COPY blocks go through PostgreSQL's copy protocol, its other lines are statements. */
    private static void load(Connection connection, Statement statement) throws IOException, SQLException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                Files.newInputStream(resource("first-release.sql")), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("COPY ")) {
                    StringBuilder rows = new StringBuilder();
                    for (String row = lines.readLine(); !"\\.".equals(row); row = lines.readLine()) {
                        rows.append(row).append('\n');
                    }
                    connection.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn(line.substring(0, line.length() - 1), new StringReader(rows.toString()));
                } else if (!line.isBlank() && !line.startsWith("--")) {
                    statement.execute(line);
                }
            }
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(UpgradeFromFirstReleaseTest.class.getResource(FIXTURE + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
