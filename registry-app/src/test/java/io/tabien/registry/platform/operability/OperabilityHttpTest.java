package io.tabien.registry.platform.operability;

import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OperabilityHttpTest extends IntegrationTest {

    @Test
    void healthCoversTheDatabaseAndTheEventProcessors() {
        Api.Response health = api.anonymous().get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        JsonNode components = health.json().get("components");
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
        JsonNode processors = components.get("eventProcessors");
        assertThat(processors.get("status").asString()).isEqualTo("UP");
        JsonNode personRegistry = processors.get("details").get("person-registry");
        assertThat(personRegistry.get("type").asString()).isEqualTo("TrackingEventProcessor");
        assertThat(personRegistry.get("running").asBoolean()).isTrue();
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        Api.Response description = api.anonymous().get("/v3/api-docs");

        assertThat(description.status()).isEqualTo(200);
        assertThat(description.json().get("paths").has("/api/births")).isTrue();
        assertThat(description.json().get("paths").has("/api/persons/{id}")).isTrue();
    }

    @Test
    void whatNoRuleAllowsIsDenied() {
        Api.Response missing = admin.get("/api/nothing-here");

        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.contentType()).isEqualTo("application/problem+json");
    }
}
