package io.tabien.registry.platform.operability;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OperabilityHttpTest extends IntegrationTest {

    @Test
    void healthCoversTheDatabaseAndTheEventProcessorsForAuditorsAndAdministrators() {
        for (Api operator : new Api[]{user("AUDITOR", null), admin}) {
            Api.Response health = operator.get("/actuator/health");

            assertThat(health.status()).isEqualTo(200);
            JsonNode components = health.json().get("components");
            assertThat(health.json().get("status").asString()).isEqualTo("UP");
            assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
            JsonNode processors = components.get("eventProcessors");
            assertThat(processors.get("status").asString()).isEqualTo("UP");
            JsonNode readModels = processors.get("details").get("read-models");
            assertThat(readModels.get("type").asString()).isEqualTo("TrackingEventProcessor");
            assertThat(readModels.get("running").asBoolean()).isTrue();
        }
    }

    @Test
    void anonymousCallersAndOtherUsersSeeOnlyWhetherTheRegistryIsUp() {
        for (Api caller : new Api[]{api.anonymous(), user("REGISTRAR", "LA-VT"), user("LABOUR_OFFICER", null)}) {
            Api.Response health = caller.get("/actuator/health");

            assertThat(health.status()).isEqualTo(200);
            assertStatusOnly(health);
            // The names of the probe groups (liveness, readiness) are all there is besides the status.
            for (JsonNode group : health.json().path("groups")) {
                assertStatusOnly(caller.get("/actuator/health/" + group.asString()));
            }
        }
    }

    static void assertStatusOnly(Api.Response health) {
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().propertyNames()).isSubsetOf("status", "groups");
        assertThat(health.body()).doesNotContain("diskSpace").doesNotContain("path").doesNotContain("db")
                .doesNotContain("person-registry");
    }

    @Test
    void theApiIsDescribedByOpenApiToALoggedInUser() {
        Api.Response description = user("REGISTRAR", "LA-VT").get("/v3/api-docs");

        assertThat(description.status()).isEqualTo(200);
        assertThat(description.json().get("paths").has("/api/births")).isTrue();
        assertThat(description.json().get("paths").has("/api/persons/{id}")).isTrue();
    }

    @Test
    void theApiDescriptionIsNotForAnonymousCallers() {
        for (String path : new String[]{"/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html",
                "/swagger-ui/index.html"}) {
            Api.Response refused = api.anonymous().get(path);

            assertThat(refused.status()).as(path).isEqualTo(401);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
        }
    }

    @Test
    void whatNoRuleAllowsIsDenied() {
        Api.Response missing = admin.get("/api/nothing-here");

        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.contentType()).isEqualTo("application/problem+json");
    }
}
