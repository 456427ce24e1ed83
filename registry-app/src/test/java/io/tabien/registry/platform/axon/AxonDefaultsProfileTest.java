package io.tabien.registry.platform.axon;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The registry's other ways of running its projections, each a working registry. The benchmark compares the registry
 * with Axon's out-of-the-box processing, so that profile must differ from the default exactly where it says (one
 * event per transaction, no snapshots; the default's batches are proven in {@link AxonWiringTest}), or the comparison
 * would measure something else. Pooled streaming processors are the option for spreading segments over threads and
 * nodes, and must project as the tracking ones do.
 */
class AxonDefaultsProfileTest {

    private static final String ADMIN_PASSWORD = "defaults-admin-password";
    private static final String PASSWORD = "defaults-registrar-password";

    @Test
    void underAxonDefaultsProjectionsTakeOneEventPerTransactionAndNothingIsSnapshotted() {
        try (ConfigurableApplicationContext context =
                     StandaloneRegistry.start(TestDatabases.fresh(), ADMIN_PASSWORD, "axon-defaults")) {
            EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
            assertThat(processing.eventProcessor("person-registry", EventProcessor.class))
                    .containsInstanceOf(TrackingEventProcessor.class);
            EventStoreProperties properties = context.getBean(EventStoreProperties.class);
            assertThat(properties.projectionBatchSize()).isEqualTo(1);
            assertThat(properties.snapshotAfterEvents()).isEqualTo(Integer.MAX_VALUE);

            ProjectionBatches batches = new ProjectionBatches(processing, context.getBean(ProjectionProgress.class),
                    context.getBean(JdbcTemplate.class));
            CivilClient registrar = new CivilClient(registrar(context));

            assertThat(batches.batchesOfBirthsWaiting(3, () -> registrar.person("ບຸນ", "ລໍຖ້າ", "2024-05-05",
                    "LA-VT", "0101"))).containsExactly(1, 1, 1);

            Api.Response read = registrar.api().get(registrar.registerBirth("ແສງ", "ວົງສາ", null, "2025-03-01",
                    "LA-VT", "0101", null, null).header("Location"));
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.header("Tabien-Consistency")).isEqualTo("current");
            assertThat(read.json().get("givenName").asString()).isEqualTo("ແສງ");
        }
    }

    @Test
    void pooledProcessorsProjectARegisteredBirth() {
        try (ConfigurableApplicationContext context =
                     StandaloneRegistry.start(TestDatabases.fresh(), ADMIN_PASSWORD, "pooled-processors")) {
            EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
            assertThat(processing.eventProcessorByProcessingGroup("person-registry", EventProcessor.class))
                    .containsInstanceOf(PooledStreamingEventProcessor.class);
            assertThat(processing.eventProcessorByProcessingGroup("flags", EventProcessor.class))
                    .containsInstanceOf(PooledStreamingEventProcessor.class);
            CivilClient registrar = new CivilClient(registrar(context));
            String mother = "ນາງ ແມ່ ວົງສາ";

            String first = registrar.registerBirth("ແສງ", "ວົງສາ", "Saeng", "2025-03-01", "LA-VT", "0101", mother, null)
                    .json().get("id").asString();
            Api.Response twin = registrar.registerBirth("ແສງ", "ວົງສາ", "Saeng", "2025-03-02", "LA-VT", "0101", mother,
                    null);

            Api.Response read = registrar.api().get(twin.header("Location"));
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.header("Tabien-Consistency")).isEqualTo("current");
            assertThat(read.json().get("givenName").asString()).isEqualTo("ແສງ");
            assertThat(registrar.api().get(twin.header("Location") + "/flags").json().findValuesAsString("rule"))
                    .containsExactly("CIV-POSSIBLE-DUPLICATE");
            assertThat(registrar.api().get("/api/persons/" + first).status()).isEqualTo(200);
            StreamingEventProcessor registry = processing
                    .eventProcessorByProcessingGroup("person-registry", StreamingEventProcessor.class).orElseThrow();
            assertThat(registry.processingStatus()).isNotEmpty();
            // The flags compare each event with those before it, so their processor keeps one segment.
            assertThat(context.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from token_entry where processor_name = ?", Integer.class,
                    ProcessorAssignment.FLAGS)).isEqualTo(1);
        }
    }

    @Test
    void theFlagsKeepOneSegmentWhereTheOtherProjectionsAreSplit() {
        try (ConfigurableApplicationContext context =
                     StandaloneRegistry.start(TestDatabases.fresh(), ADMIN_PASSWORD, "two-segments-each")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

            await().atMost(Duration.ofSeconds(30)).until(() -> segments(jdbc, "person-registry") == 2);
            assertThat(segments(jdbc, ProcessorAssignment.FLAGS)).isEqualTo(1);
        }
    }

    private static Integer segments(JdbcTemplate jdbc, String processor) {
        return jdbc.queryForObject("select count(*) from token_entry where processor_name = ?", Integer.class,
                processor);
    }

    private static Api registrar(ConfigurableApplicationContext context) {
        Api api = StandaloneRegistry.api(context);
        assertThat(api.as("admin", ADMIN_PASSWORD).post("/api/admin/users", """
                {"username": "vientiane-registrar", "password": "%s", "roles": ["REGISTRAR"], "office": "LA-VT"}"""
                .formatted(PASSWORD)).status()).isEqualTo(201);
        return api.as("vientiane-registrar", PASSWORD);
    }
}
