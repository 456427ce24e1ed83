package io.tabien.registry.seeding;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seeder's history is one the registry accepts as its own: every stream is gapless, the read models and the
 * chain are built from it, and the refusal to seed a store that holds events keeps invented records out of real ones.
 */
class SeedCommandTest {

    private static final String ADMIN_PASSWORD = "seed-admin-password";
    private static final List<String> PROCESSORS = List.of("person-registry", "family-books", "passports", "agencies",
            "contracts", "grievances", "flags", "audit-chain");

    @Test
    void aSeededHistoryIsBuiltIntoTheReadModelsAndTheChainAndASecondSeedingIsRefused() {
        Path dataDirectory = TestDatabases.fresh();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = SeedCommand.run(arguments(dataDirectory, "--events=3000", "--persons=1500"),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Seeded 3,");
        try (ConfigurableApplicationContext registry = StandaloneRegistry.start(dataDirectory, ADMIN_PASSWORD)) {
            JdbcTemplate jdbc = registry.getBean(JdbcTemplate.class);
            long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
            ProjectionProgress progress = registry.getBean(ProjectionProgress.class);
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> PROCESSORS.stream().allMatch(processor -> progress.hasProcessed(processor, head)));

            assertThat(count(jdbc, "select count(*) from domain_event_entry")).isGreaterThanOrEqualTo(3000);
            assertThat(count(jdbc, """
                    select count(*) from (select aggregate_identifier from domain_event_entry group by aggregate_identifier
                    having min(sequence_number) <> 0 or max(sequence_number) + 1 <> count(*)) broken""")).isZero();
            long births = count(jdbc, "select count(*) from domain_event_entry where payload_type like '%.BirthRegistered'");
            assertThat(births).isGreaterThanOrEqualTo(1500);
            assertThat(count(jdbc, "select count(*) from person_registry")).isEqualTo(births);
            assertThat(count(jdbc, "select count(*) from recruitment_contract")).isEqualTo(
                    count(jdbc, "select count(*) from domain_event_entry where payload_type like '%.ContractRegistered'"));
            assertThat(count(jdbc, "select count(*) from passport")).isEqualTo(
                    count(jdbc, "select count(*) from domain_event_entry where payload_type like '%.PassportIssued'"));

            Api admin = StandaloneRegistry.api(registry).as("admin", ADMIN_PASSWORD);
            assertThat(admin.post("/api/admin/users", """
                    {"username": "seed-auditor", "password": "seed-auditor-password", "roles": ["AUDITOR"]}""")
                    .status()).isEqualTo(201);
            Api.Response verification = StandaloneRegistry.api(registry).as("seed-auditor", "seed-auditor-password")
                    .get("/api/audit/verification");
            assertThat(verification.json().get("intact").asBoolean()).isTrue();
            assertThat(verification.json().get("eventsVerified").asLong()).isEqualTo(head);
        }

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(SeedCommand.run(arguments(dataDirectory, "--events=10"), new PrintStream(again, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(again.toString(StandardCharsets.UTF_8)).startsWith("Refused");
    }

    private static String[] arguments(Path dataDirectory, String... seedOptions) {
        return Stream.of(Stream.of("seed"), Arrays.stream(seedOptions),
                Arrays.stream(StandaloneRegistry.arguments(dataDirectory, ADMIN_PASSWORD)))
                .flatMap(arguments -> arguments).toArray(String[]::new);
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
