package io.tabien.registry.web;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.RegistryProcess;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A request's correlation id is the one its events carry and its answer names; with structured logging on, every line
 * written while it is handled is a JSON object carrying that id, the caller's user name and office, and no personal
 * data of the request.
 */
class RequestLogContextTest extends IntegrationTest {

    private static final String BIRTH = """
            {"givenName": "%s", "familyName": "Sisavath", "sex": "F", "dateOfBirth": "2024-02-02",
             "placeOfBirth": {"province": "LA-XE", "district": "1501", "village": "Ban Nong"}}""";

    @Test
    void theAnswerNamesTheCorrelationIdItsEventsCarry() {
        Api registrar = user("REGISTRAR", "LA-XE");

        Api.Response made = registrar.post("/api/births", BIRTH.formatted("Noy"));
        Api.Response given = registrar.post("/api/births", BIRTH.formatted("Noy"), "X-Correlation-Id", "given-42");

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.header("X-Correlation-Id")).matches("[0-9a-f-]{36}");
        assertThat(correlationOf(made)).isEqualTo(made.header("X-Correlation-Id"));
        assertThat(given.header("X-Correlation-Id")).isEqualTo("given-42");
        assertThat(correlationOf(given)).isEqualTo("given-42");
    }

    @Test
    void structuredLogLinesCarryTheRequestsCorrelationActorAndOfficeAndNoPersonalData() throws IOException {
        Path data = TestDatabases.fresh();
        String password = "structured-logs-admin-pw";
        try (RegistryProcess registry = RegistryProcess.start("structured-logs",
                "--tabien.database.embedded.data-directory=" + data,
                "--tabien.database.embedded.port=0",
                "--tabien.audit.key-file=" + data + ".audit-signing.key",
                "--tabien.certificates.key-file=" + data + ".certificate-signing.key",
                "--tabien.admin.password=" + password,
                "--logging.structured.format.console=ecs",
                "--logging.level.io.tabien.registry.web.RequestLogContext=DEBUG")) {
            Api admin = registry.api().as("admin", password);
            String registrar = "log-registrar-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(admin.post("/api/admin/users", """
                    {"username": "%s", "password": "%s", "roles": ["REGISTRAR"], "office": "1501"}"""
                    .formatted(registrar, PASSWORD)).status()).isEqualTo(201);
            String name = "Marker" + UUID.randomUUID().toString().substring(0, 8);
            String correlation = "log-test-" + UUID.randomUUID();

            Api.Response born = registry.api().as(registrar, PASSWORD)
                    .post("/api/births", BIRTH.formatted(name), "X-Correlation-Id", correlation);
            assertThat(born.status()).as(born.body()).isEqualTo(201);

            JsonMapper json = JsonMapper.builder().build();
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                List<String> lines = Files.readAllLines(registry.console());
                assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{"));
                JsonNode requestLine = lines.stream().map(json::readTree)
                        .filter(line -> correlation.equals(line.path("correlationId").asString(null)))
                        .findFirst().orElseThrow(() -> new AssertionError("no line carries " + correlation));
                assertThat(requestLine.path("actor").asString()).isEqualTo(registrar);
                assertThat(requestLine.path("office").asString()).isEqualTo("1501");
                assertThat(requestLine.path("message").asString()).contains("POST /api/births answered 201");
                assertThat(String.join("\n", lines)).doesNotContain(name).doesNotContain(born.json().get("id")
                        .asString());
            });
        }
    }

    private String correlationOf(Api.Response created) {
        String id = created.json().get("id").asString();
        return jdbc.queryForObject("select distinct meta_data->>'correlationId' from event_log where aggregate_identifier = ?",
                String.class, id);
    }
}
