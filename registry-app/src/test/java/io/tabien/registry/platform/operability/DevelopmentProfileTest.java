package io.tabien.registry.platform.operability;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** In development the API description may be browsed without a login; health keeps its details to itself. */
class DevelopmentProfileTest {

    @Test
    void inTheDevProfileTheApiDescriptionIsPublic() {
        try (ConfigurableApplicationContext registry =
                     StandaloneRegistry.start(TestDatabases.fresh(), "development-admin-password", "dev")) {
            Api anonymous = StandaloneRegistry.api(registry);

            Api.Response description = anonymous.get("/v3/api-docs");
            assertThat(description.status()).isEqualTo(200);
            assertThat(description.json().get("paths").has("/api/births")).isTrue();
            OperabilityHttpTest.assertStatusOnly(anonymous.get("/actuator/health"));
        }
    }
}
