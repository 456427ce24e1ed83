package io.tabien.registry.civil.query;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.UniqueNames;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A birth changed by later events of the register's batch that handles it is stored and indexed as they changed it. */
class PersonRegistryBatchTest extends IntegrationTest {

    @Autowired
    private ProjectionProgress progress;

    @Test
    void aBirthCorrectedCertifiedAndClosedByDeathInTheBatchThatRegistersItIsStoredAsChanged() {
        CivilClient registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
        // A name no other test gives anyone: search answers a page, which other tests' persons must not fill.
        String correctedName = "Keo" + new Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        StreamingEventProcessor register = progress.processorOf(PersonRegistryProjection.NAME).orElseThrow();
        String person;
        register.shutDown();
        try {
            person = registrar.person("ແກ້ວ", "ວົງສາ", "1990-03-04", "LA-XE", "1501");
            Api.Response corrected = registrar.api().post("/api/persons/" + person + "/corrections",
                    "{\"changes\": {\"givenNameLatin\": \"" + correctedName + "\"}, \"reason\": \"spelling\"}");
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
            Api.Document certificate = registrar.api().postForDocument("/api/persons/" + person
                    + "/birth-certificates", """
                    {"collector": {"name": "ນາງ ບົວ ວົງສາ", "relationship": "mother", "identityDocument": "ID 1"}}""");
            assertThat(certificate.status()).as(certificate.toString()).isEqualTo(200);
            assertThat(registrar.registerDeath(person, "2026-02-01", "LA-XE", "1501").status()).isEqualTo(200);
        } finally {
            register.start();
        }

        long head = head();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> progress.hasProcessed(PersonRegistryProjection.NAME, head));

        JsonNode view = registrar.api().get("/api/persons/" + person).json();
        assertThat(view.get("givenNameLatin").asString()).isEqualTo(correctedName);
        assertThat(view.get("dateOfDeath").asString()).isEqualTo("2026-02-01");
        assertThat(view.get("version").asLong()).isEqualTo(3);
        assertThat(view.get("certificates")).hasSize(1);
        assertThat(view.get("history").findValuesAsString("event")).containsExactly("BirthRegistered",
                "BirthRecordCorrected", "CertificateIssued", "DeathRegistered");
        assertThat(registrar.api().get("/api/persons?q=" + correctedName).json().findValuesAsString("id"))
                .contains(person);
    }

    @Test
    void aPersonWhoseHouseholdIsElsewhereInTheBatchThatRegistersTheBirthIsFoundThere() {
        CivilClient registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
        String family = UniqueNames.lao();
        StreamingEventProcessor register = progress.processorOf(PersonRegistryProjection.NAME).orElseThrow();
        String person;
        register.shutDown();
        try {
            person = registrar.person("ແກ້ວ", family, "1990-03-04", "LA-XE", "1501");
            registrar.familyBook("LA-XE", "1502", person);
        } finally {
            register.start();
        }

        long head = head();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> progress.hasProcessed(PersonRegistryProjection.NAME, head));

        String query = "/api/persons?q=" + URLEncoder.encode("ແກ້ວ " + family, StandardCharsets.UTF_8);
        assertThat(user("REGISTRAR", "1502").get(query).json().findValuesAsString("id")).contains(person);
        assertThat(user("REGISTRAR", "1503").get(query).json().findValuesAsString("id")).doesNotContain(person);
    }
}
