package io.tabien.registry.labour.query;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A worker's place of birth corrected in the batch that registers the birth is kept as corrected. */
class WorkerPlaceBatchTest extends IntegrationTest {

    @Autowired
    private ProjectionProgress progress;

    @Test
    void aPlaceOfBirthCorrectedInTheBatchThatRegistersTheBirthIsKeptAsCorrected() {
        CivilClient registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
        StreamingEventProcessor contracts = progress.processorOf(ContractProjection.NAME).orElseThrow();
        String person;
        contracts.shutDown();
        try {
            person = registrar.person("ແກ້ວ", "ວົງສາ", "1990-03-04", "LA-XE", "1501");
            Api.Response corrected = registrar.api().post("/api/persons/" + person + "/corrections", """
                    {"changes": {"placeOfBirth": {"province": "LA-XE", "district": "1502"}},
                     "reason": "place as on the hospital record"}""");
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        } finally {
            contracts.start();
        }

        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed(ContractProjection.NAME, head));
        assertThat(jdbc.queryForMap("select birth_province, birth_district from recruitment_contract_worker_place"
                + " where person_id = ?", UUID.fromString(person)))
                .isEqualTo(Map.of("birth_province", "LA-XE", "birth_district", "1502"));
    }
}
