package io.tabien.registry.civil.query;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PersonRegistryReplayTest extends IntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private ProjectionProgress progress;

    @Test
    void rebuildingThePersonRegistryFromTheFirstEventReproducesTheSameTable() {
        Api registrar = user("REGISTRAR", "LA-XE");
        String last = null;
        for (String name : new String[]{"ແສງ", "ດາວ", "ຈັນ"}) {
            last = registrar.post("/api/births", """
                    {"givenName": "%s", "familyName": "ສີສຸວັນ", "sex": "F", "dateOfBirth": "2025-01-15",
                     "placeOfBirth": {"province": "LA-XE"}, "mother": {"name": "ນາງ ບົວ"}}""".formatted(name))
                    .header("Location");
        }
        assertThat(registrar.get(last).status()).isEqualTo(200);
        String before = checksum();
        StreamingEventProcessor processor = processing
                .eventProcessor(PersonRegistryProjection.NAME, StreamingEventProcessor.class).orElseThrow();

        processor.shutDown();
        processor.resetTokens();
        assertThat(jdbc.queryForObject("select count(*) from person_registry", Long.class)).isZero();
        processor.start();

        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> progress.hasProcessed(PersonRegistryProjection.NAME, head));
        assertThat(checksum()).isEqualTo(before);
    }

    private String checksum() {
        return jdbc.queryForObject(
                "select md5(coalesce(string_agg(t::text, '|' order by person_id), '')) from person_registry t",
                String.class);
    }
}
