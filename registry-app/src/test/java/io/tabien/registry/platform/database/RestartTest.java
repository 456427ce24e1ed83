package io.tabien.registry.platform.database;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded database keeps its data across restarts, and projections resume from their stored tokens: a
 * token that could be written but not read back would stop every projection after the first restart.
 */
class RestartTest {

    private static final String ADMIN_PASSWORD = "restart-admin-password";
    private static final String PASSWORD = "restart-registrar-password";
    private static final String BIRTH = """
            {"givenName": "ບຸນມີ", "familyName": "ພົມມະວົງ", "sex": "M", "dateOfBirth": "2025-06-01",
             "placeOfBirth": {"province": "LA-VT", "district": "0101"}}""";

    @Test
    void recordsSurviveARestartAndProjectionsKeepAdvancing() {
        Path dataDirectory = TestDatabases.fresh();
        String firstPerson;
        try (ConfigurableApplicationContext first = start(dataDirectory)) {
            Api api = StandaloneRegistry.api(first);
            assertThat(api.as("admin", ADMIN_PASSWORD).post("/api/admin/users", """
                    {"username": "vientiane-registrar", "password": "%s", "roles": ["REGISTRAR"], "office": "LA-VT"}"""
                    .formatted(PASSWORD)).status()).isEqualTo(201);
            Api registrar = api.as("vientiane-registrar", PASSWORD);
            firstPerson = registrar.post("/api/births", BIRTH).header("Location");
            assertThat(registrar.get(firstPerson).status()).isEqualTo(200);
            replayPersonRegistry(first);
        }

        try (ConfigurableApplicationContext second = start(dataDirectory)) {
            Api registrar = StandaloneRegistry.api(second).as("vientiane-registrar", PASSWORD);

            Api.Response again = registrar.get(firstPerson);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("givenName").asString()).isEqualTo("ບຸນມີ");

            String secondPerson = registrar.post("/api/births", BIRTH.replace("ບຸນມີ", "ບຸນທັນ")).header("Location");
            Api.Response afterRestart = registrar.get(secondPerson);
            assertThat(afterRestart.status()).isEqualTo(200);
            assertThat(afterRestart.header("Tabien-Consistency")).isEqualTo("current");
            assertThat(afterRestart.json().get("givenName").asString()).isEqualTo("ບຸນທັນ");
        }
    }

    /** Leaves a replay token in the token table, the kind that carries class-typed fields. */
    private static void replayPersonRegistry(ConfigurableApplicationContext context) {
        StreamingEventProcessor processor = context.getBean(EventProcessingConfiguration.class)
                .eventProcessorByProcessingGroup("person-registry", StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        long head = context.getBean(JdbcTemplate.class)
                .queryForObject("select max(global_index) from domain_event_entry", Long.class);
        ProjectionProgress progress = context.getBean(ProjectionProgress.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed("person-registry", head));
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return StandaloneRegistry.start(dataDirectory, ADMIN_PASSWORD);
    }
}
