package io.tabien.registry.platform.metrics;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** With a management port of its own, the metrics answer there, on the loopback address, behind the same login. */
class ManagementPortTest {

    private static final String PASSWORD = "management-port-admin-password";

    @Test
    void metricsMoveToTheManagementPortAndStillTakeALogin() {
        try (ConfigurableApplicationContext registry = StandaloneRegistry.startWith(TestDatabases.fresh(), PASSWORD,
                "--management.server.port=0", "--management.server.address=127.0.0.1")) {
            Api management = Api.at(registry.getEnvironment().getRequiredProperty("local.management.port",
                    Integer.class));
            Api registryPort = StandaloneRegistry.api(registry);

            Api.Response anonymous = management.get("/actuator/prometheus");
            Api.Response administrator = management.as("admin", PASSWORD).get("/actuator/prometheus");

            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(administrator.status()).isEqualTo(200);
            assertThat(administrator.body()).contains("tabien_processor_lag_events");
            assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
            assertThat(registryPort.as("admin", PASSWORD).get("/actuator/prometheus").status()).isEqualTo(404);
        }
    }
}
