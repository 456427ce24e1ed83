package io.tabien.registry.flags.query;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.UniqueNames;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The births of one batch of the flags are compared with the mother's births written before the batch, with those of
 * the batch itself, and with a written birth as a correction in the same batch left it.
 */
class DuplicateBirthBatchTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private ProjectionProgress progress;

    @Test
    void birthsOfOneBatchAreComparedWithWrittenBirthsAsCorrectedAndWithEachOther() {
        Api registrar = user("REGISTRAR", "LA-XE");
        String family = UniqueNames.lao();
        String mother = "ນາງ ບົວ " + family;
        String written = birth(registrar, family, "2024-05-10", mother);
        String movedAway = birth(registrar, family, "2024-08-01", mother);
        awaitFlags();

        StreamingEventProcessor flags = progress.processorOf(FlagsProjection.NAME).orElseThrow();
        String again;
        String thirdTime;
        flags.shutDown();
        try {
            again = birth(registrar, family, "2024-05-12", mother);
            Api.Response corrected = registrar.post("/api/persons/" + movedAway + "/corrections",
                    "{\"changes\": {\"dateOfBirth\": \"2024-05-11\"}, \"reason\": \"date as on the hospital record\"}");
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
            thirdTime = birth(registrar, family, "2024-05-13", mother);
        } finally {
            flags.start();
        }
        awaitFlags();

        // Written before the batch and found for its first birth; the other written birth was then months away.
        assertThat(duplicateFlags(registrar, again)).singleElement().asString().contains(written)
                .doesNotContain(movedAway);
        // The correction moved a written birth within days of the batch's last birth, which meets it where it now is.
        assertThat(duplicateFlags(registrar, thirdTime)).hasSize(3)
                .anySatisfy(reason -> assertThat(reason).contains(written))
                .anySatisfy(reason -> assertThat(reason).contains(movedAway))
                .anySatisfy(reason -> assertThat(reason).contains(again));
    }

    private void awaitFlags() {
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed(FlagsProjection.NAME, head));
    }

    /** Registers a girl named ສົມໃຈ in Sekong and answers her person id. */
    private static String birth(Api registrar, String family, String dateOfBirth, String mother) {
        Api.Response created = registrar.post("/api/births", JSON.writeValueAsString(Map.of("givenName", "ສົມໃຈ",
                "familyName", family, "sex", "F", "dateOfBirth", dateOfBirth,
                "placeOfBirth", Map.of("province", "LA-XE", "district", "1501"), "mother", Map.of("name", mother))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** The reasons of the duplicate-birth flags on this person, each naming the earlier birth it resembles. */
    private static List<String> duplicateFlags(Api registrar, String person) {
        return registrar.get("/api/persons/" + person + "/flags").json().valueStream()
                .filter(flag -> flag.get("rule").asString().equals(PossibleDuplicateBirth.CODE))
                .map(flag -> flag.get("reason").asString())
                .toList();
    }
}
