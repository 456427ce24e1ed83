package io.tabien.registry.platform.axon;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark compares the registry with Axon's out-of-the-box processing; that profile must still be a working
 * registry, only driven by tracking processors, or the comparison would measure something else.
 */
class AxonDefaultsProfileTest {

    private static final String ADMIN_PASSWORD = "defaults-admin-password";
    private static final String PASSWORD = "defaults-registrar-password";

    @Test
    void underAxonDefaultsTrackingProcessorsProjectARegisteredBirth() {
        try (ConfigurableApplicationContext context =
                     StandaloneRegistry.start(TestDatabases.fresh(), ADMIN_PASSWORD, "axon-defaults")) {
            EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
            assertThat(processing.eventProcessor("person-registry", EventProcessor.class))
                    .containsInstanceOf(TrackingEventProcessor.class);
            assertThat(processing.eventProcessor("flags", EventProcessor.class))
                    .containsInstanceOf(TrackingEventProcessor.class);

            Api registrar = registrar(context);
            String person = registrar.post("/api/births", """
                    {"givenName": "ແສງ", "familyName": "ວົງສາ", "sex": "F", "dateOfBirth": "2025-03-01",
                     "placeOfBirth": {"province": "LA-VT", "district": "0101"}}""").header("Location");

            Api.Response read = registrar.get(person);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.header("Tabien-Consistency")).isEqualTo("current");
            assertThat(read.json().get("givenName").asString()).isEqualTo("ແສງ");
        }
    }

    private static Api registrar(ConfigurableApplicationContext context) {
        Api api = StandaloneRegistry.api(context);
        assertThat(api.as("admin", ADMIN_PASSWORD).post("/api/admin/users", """
                {"username": "vientiane-registrar", "password": "%s", "roles": ["REGISTRAR"], "office": "LA-VT"}"""
                .formatted(PASSWORD)).status()).isEqualTo(201);
        return api.as("vientiane-registrar", PASSWORD);
    }
}
