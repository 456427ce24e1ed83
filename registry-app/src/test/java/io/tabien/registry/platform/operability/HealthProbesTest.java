package io.tabien.registry.platform.operability;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An orchestrator asks whether the registry lives and whether it can serve, without logging in. */
class HealthProbesTest extends IntegrationTest {

    @Test
    void livenessAndReadinessAnswerUpForAnyone() {
        Api.Response liveness = api.get("/actuator/health/liveness");
        Api.Response readiness = api.get("/actuator/health/readiness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().get("status").asString()).isEqualTo("UP");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void readinessSaysWhatItWasJudgedOnToAnAuditor() {
        Api.Response readiness = user("AUDITOR", null).get("/actuator/health/readiness");

        assertThat(readiness.json().get("components").propertyNames())
                .containsExactlyInAnyOrder("readinessState", "db", "eventProcessors", "projectionsCaughtUp");
    }
}
