package io.tabien.registry.platform.operability;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.seeding.SeedCommand;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An orchestrator sends no readers to a registry whose read models cannot answer yet: readiness is refused while the
 * projections work through a store far ahead of them and while one of them is rebuilt, and given again once they are
 * at the head; liveness and the registry's own health stay up throughout, since it still records.
 */
class ReadinessWhileRebuildingTest {

    private static final String ADMIN_PASSWORD = "readiness-admin-password";
    private static final Duration POLL = Duration.ofMillis(5);

    @Test
    void readinessIsRefusedWhileTheProjectionsAreFarBehindOrRebuiltAndGivenWhenTheyAreAtTheHead() {
        Path dataDirectory = TestDatabases.fresh();
        assertThat(SeedCommand.run(seedArguments(dataDirectory), new PrintStream(OutputStream.nullOutputStream())))
                .isZero();

        try (ConfigurableApplicationContext registry = StandaloneRegistry.startWith(dataDirectory, ADMIN_PASSWORD,
                "--tabien.health.readiness.max-lag-events=100")) {
            Api anyone = StandaloneRegistry.api(registry);
            long head = registry.getBean(JdbcTemplate.class)
                    .queryForObject("select max(global_index) from domain_event_entry", Long.class);
            ProjectionProgress progress = registry.getBean(ProjectionProgress.class);
            List<Integer> whileCatchingUp = new ArrayList<>();

            await().atMost(Duration.ofSeconds(90)).pollInterval(POLL).until(() -> {
                whileCatchingUp.add(anyone.get("/actuator/health/readiness").status());
                return progress.hasProcessed("person-registry", head) && progress.hasProcessed("flags", head);
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> anyone.get("/actuator/health/readiness").status() == 200);

            assertThat(whileCatchingUp).as("readiness while the projections were thousands of events behind")
                    .first().isEqualTo(503);
            assertThat(anyone.get("/actuator/health/liveness").status()).isEqualTo(200);

            Api admin = anyone.as("admin", ADMIN_PASSWORD);
            assertThat(admin.post("/api/admin/users", """
                    {"username": "readiness-auditor", "password": "readiness-auditor-password", "roles": ["AUDITOR"]}""")
                    .status()).isEqualTo(201);
            Api auditor = anyone.as("readiness-auditor", "readiness-auditor-password");
            Api.Response started = auditor.post("/api/audit/replays", "{\"processingGroup\": \"person-registry\"}");
            assertThat(started.status()).isEqualTo(202);

            Api.Response refused = awaitReadiness(auditor, 503);
            assertThat(refused.json().at("/components/projectionsCaughtUp/status").asString()).isEqualTo("DEGRADED");
            assertThat(refused.json().at("/components/projectionsCaughtUp/details/person-registry/rebuilding")
                    .asBoolean()).isTrue();
            assertThat(anyone.get("/actuator/health/liveness").status()).isEqualTo(200);
            assertThat(anyone.get("/actuator/health").status()).isEqualTo(200);

            String replay = started.header("Location");
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> auditor.get(replay).json().get("state").asString().equals("DONE"));
            assertThat(awaitReadiness(auditor, 200).json().get("status").asString()).isEqualTo("UP");
        }
    }

    /** Polled as fast as the health answers, so a rebuild of a few seconds cannot pass between two looks. */
    private static Api.Response awaitReadiness(Api auditor, int status) {
        Api.Response[] last = new Api.Response[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(POLL).untilAsserted(() -> {
            last[0] = auditor.get("/actuator/health/readiness");
            assertThat(last[0].status()).as(last[0].body()).isEqualTo(status);
        });
        return last[0];
    }

    private static String[] seedArguments(Path dataDirectory) {
        return Stream.concat(Stream.of("seed", "--events=2000", "--persons=1000"),
                Arrays.stream(StandaloneRegistry.arguments(dataDirectory, ADMIN_PASSWORD))).toArray(String[]::new);
    }
}
