package io.tabien.registry.civil.api;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.NameTypedTwoWays;
import io.tabien.registry.support.UniqueNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A name typed in different ways is one name: search finds a person by each way of typing their name, whichever way
 * it was registered, and a birth registered again with the names typed the other way is flagged as a duplicate.
 */
class FoldedNamesHttpTest extends IntegrationTest {

    private static final String DUPLICATE = "CIV-POSSIBLE-DUPLICATE";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private ProjectionProgress progress;

    private Api registrar;

    @BeforeEach
    void registrar() {
        registrar = user("REGISTRAR", "LA-XE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.tabien.registry.support.NameTypedTwoWays#lao")
    void laoNameIsFoundTypedEitherWay(NameTypedTwoWays name) {
        String family = UniqueNames.lao();
        String registeredOneWay = birth(name.oneWay(), family, null, null, "2001-02-03", null);
        String registeredOtherWay = birth(name.otherWay(), family, null, null, "2001-02-03", null);

        for (String typed : List.of(name.oneWay(), name.otherWay())) {
            assertThat(containing(typed + " " + family)).contains(registeredOneWay, registeredOtherWay);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.tabien.registry.support.NameTypedTwoWays#latin")
    void romanizedNameIsFoundTypedEitherWay(NameTypedTwoWays name) {
        String family = UniqueNames.latin();
        String registeredOneWay = birth("ສົມພອນ", UniqueNames.lao(), name.oneWay(), family, "2001-02-03", null);
        String registeredOtherWay = birth("ສົມພອນ", UniqueNames.lao(), name.otherWay(), family, "2001-02-03", null);

        for (String typed : List.of(name.oneWay(), name.otherWay())) {
            assertThat(containing(typed + " " + family)).contains(registeredOneWay, registeredOtherWay);
        }
    }

    @Test
    void correctedNameIsFoundTypedEitherWay() {
        NameTypedTwoWays hoNo = NameTypedTwoWays.lao().get(1);
        String family = UniqueNames.lao();
        String person = birth("ບຸນທັນ", family, null, null, "2001-02-03", null);

        assertThat(registrar.post("/api/persons/" + person + "/corrections", """
                {"changes": {"givenName": "%s"}, "reason": "name as on the family book"}""".formatted(hoNo.oneWay()))
                .status()).isEqualTo(200);

        assertThat(containing(hoNo.otherWay() + " " + family)).containsExactly(person);
        assertThat(containing(hoNo.oneWay() + " " + family)).containsExactly(person);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.tabien.registry.support.NameTypedTwoWays#lao")
    void birthRegisteredAgainWithLaoNamesTypedTheOtherWayIsFlagged(NameTypedTwoWays name) {
        String family = UniqueNames.lao();
        String first = birth(name.oneWay(), family, null, null, "2025-03-10", "ນາງ " + name.oneWay() + " " + family);
        String again = birth(name.otherWay(), family, null, null, "2025-03-12",
                "ນາງ " + name.otherWay() + " " + family);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(duplicateFlags(again))
                .singleElement().asString().contains(first));
        assertThat(duplicateFlags(first)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.tabien.registry.support.NameTypedTwoWays#latin")
    void birthRegisteredAgainWithRomanizedNamesTypedTheOtherWayIsFlagged(NameTypedTwoWays name) {
        String family = UniqueNames.latin();
        // The Lao names differ, so only the romanized names can make the children alike.
        String first = birth("ສົມໃຈ", UniqueNames.lao(), name.oneWay(), family, "2025-03-10", name.oneWay() + " " + family);
        String again = birth("ບຸນທັນ", UniqueNames.lao(), name.otherWay(), family, "2025-03-12",
                name.otherWay() + " " + family);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(duplicateFlags(again))
                .singleElement().asString().contains(first));
    }

    @Test
    void anotherChildOfTheSameMotherOrAnotherMothersChildIsNotFlagged() {
        NameTypedTwoWays am = NameTypedTwoWays.lao().get(0);
        String family = UniqueNames.lao();
        String mother = "ນາງ " + am.oneWay() + " " + family;
        String first = birth(am.oneWay(), family, null, null, "2025-03-10", mother);
        String sibling = birth("ບຸນທັນ", family, null, null, "2025-03-12", "ນາງ " + am.otherWay() + " " + family);
        String otherMothers = birth(am.otherWay(), family, null, null, "2025-03-11", "ນາງ ບົວ " + family);
        String flagged = birth(am.otherWay(), family, null, null, "2025-03-13", "ນາງ " + am.otherWay() + " " + family);

        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> progress.hasProcessed("flags", head));
        assertThat(duplicateFlags(flagged)).singleElement().asString().contains(first).doesNotContain(otherMothers);
        assertThat(duplicateFlags(sibling)).isEmpty();
        assertThat(duplicateFlags(otherMothers)).isEmpty();
    }

    /** Registers a birth in Sekong and answers the person's id. */
    private String birth(String givenName, String familyName, String givenNameLatin, String familyNameLatin,
                         String dateOfBirth, String motherName) {
        Map<String, Object> request = new HashMap<>(Map.of("givenName", givenName, "familyName", familyName,
                "sex", "F", "dateOfBirth", dateOfBirth, "placeOfBirth", Map.of("province", "LA-XE", "district", "1501")));
        if (givenNameLatin != null) {
            request.put("givenNameLatin", givenNameLatin);
            request.put("familyNameLatin", familyNameLatin);
        }
        if (motherName != null) {
            request.put("mother", Map.of("name", motherName));
        }
        Api.Response created = registrar.post("/api/births", JSON.writeValueAsString(request));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** The persons whose names contain the query (relevance 1), not those whose names only resemble it. */
    private List<String> containing(String query) {
        JsonNode results = registrar.get("/api/persons?limit=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .json().get("results");
        return results.valueStream().filter(hit -> hit.get("relevance").asDouble() == 1.0)
                .map(hit -> hit.get("id").asString()).toList();
    }

    /** The reasons of the duplicate-birth flags on this person, each naming the earlier birth it resembles. */
    private List<String> duplicateFlags(String person) {
        return registrar.get("/api/persons/" + person + "/flags").json().valueStream()
                .filter(flag -> flag.get("rule").asString().equals(DUPLICATE))
                .map(flag -> flag.get("reason").asString())
                .toList();
    }
}
