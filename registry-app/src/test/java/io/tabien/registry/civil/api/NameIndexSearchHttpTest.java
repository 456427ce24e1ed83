package io.tabien.registry.civil.api;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search reads the name index by romanization keys: a name typed from a passport, in another spelling, or in the
 * other script finds the civil record, ranked by how much of the query the names hold.
 */
class NameIndexSearchHttpTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Api registrar;
    /** A day of birth drawn from a century: every search is narrowed to this test's own records. */
    private String marker;

    @BeforeEach
    void registrar() {
        registrar = user("REGISTRAR", "LA-XE");
        marker = LocalDate.of(1900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(36_500)).toString();
    }

    @Test
    void nameTypedFromAPassportFindsTheLaoScriptRecord() {
        String person = birth("ສົມສັກ", "ພົມມະວົງ", null, null, "1501");

        assertThat(found(registrar, "PHOMMAVONG<<SOMSACK")).containsExactly(person);
        assertThat(found(registrar, "Somsak Phomavong")).containsExactly(person);
        assertThat(relevances(registrar, "somsack phommavong")).containsExactly(1.0);
    }

    @Test
    void laoScriptFindsARecordRegisteredWithRomanizedNamesOnly() {
        String person = birth("Bounmy", "Keomany", null, null, "1501");

        assertThat(found(registrar, "ບຸນມີ ແກ້ວມະນີ")).containsExactly(person);
        assertThat(found(registrar, "ບຸນມີ")).containsExactly(person);
    }

    @Test
    void personHoldingEveryWordRanksBeforeOneHoldingSomeOrOneMisspelled() {
        String both = birth("ສົມສັກ", "ພົມມະວົງ", "Somsack", "Phommavong", "1501");
        String misspelled = birth("ສົມສຸກ", "ພົມມະວົງ", "Somsouk", "Phommavong", "1501");
        String familyOnly = birth("ບຸນທັນ", "ພົມມະວົງ", "Bounthanh", "Phommavong", "1501");
        String nameless = birth("ມາລີ", "ສີຫາລາດ", "Malee", "Sihalath", "1501");

        List<String> found = found(registrar, "Somsak Phommavong");

        assertThat(found).startsWith(both, misspelled).contains(familyOnly).doesNotContain(nameless);
        assertThat(found.indexOf(familyOnly)).isGreaterThan(found.indexOf(misspelled));
        List<Double> relevances = relevances(registrar, "Somsak Phommavong");
        assertThat(relevances.get(0)).isEqualTo(1.0);
        assertThat(relevances.get(1)).isLessThan(1.0).isGreaterThan(relevances.get(2));
        assertThat(found(registrar, "ມາລີ ສີຫາລາດ")).containsExactly(nameless);
    }

    @Test
    void pagesFollowRelevanceThenPersonWithoutRepeats() {
        for (String given : List.of("ສົມສັກ", "ສົມສຸກ", "ບຸນທັນ", "ສົມສັກ", "ຄຳ")) {
            birth(given, "ພົມມະວົງ", null, null, "1501");
        }

        List<String> all = new java.util.ArrayList<>();
        List<Double> relevances = new java.util.ArrayList<>();
        String after = null;
        do {
            JsonNode page = registrar.get(search("somsak phommavong", 2) + (after == null ? "" : "&after=" + after))
                    .json();
            for (JsonNode hit : page.get("results")) {
                all.add(hit.get("id").asString());
                relevances.add(hit.get("relevance").asDouble());
            }
            after = page.get("next").isNull() ? null : page.get("next").asString();
        } while (after != null);

        assertThat(all).hasSize(5).doesNotHaveDuplicates();
        assertThat(relevances).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(relevances.subList(0, 2)).containsOnly(1.0);
    }

    @Test
    void aNationalReaderSearchingByNameAlonePagesAsOneNarrowedByDateOfBirth() {
        String family = randomWord() + " " + randomWord();
        for (String given : List.of("Somsack", "Somsouk", "Bounthan", "Somsack", "Kham")) {
            birth("ທົດລອງ", "ທົດລອງ", given, family, "1501");
        }
        Api auditor = user("AUDITOR", null);

        List<JsonNode> byNameAlone = pages(auditor, "/api/persons?limit=2&q=" + encoded(family), 2);
        List<JsonNode> narrowed = pages(auditor, search(family, 2), 2);
        List<JsonNode> rankedByNameAlone = pages(auditor, "/api/persons?limit=1&q=" + encoded("somsak " + family), 1);
        List<JsonNode> rankedNarrowed = pages(auditor, search("somsak " + family, 1), 1);

        assertThat(byNameAlone).hasSize(5).isEqualTo(narrowed);
        assertThat(byNameAlone).extracting(hit -> hit.get("relevance").asDouble()).containsOnly(1.0);
        // By name alone, persons of other tests holding only the given name come after, at a third at most.
        List<JsonNode> ranked = rankedByNameAlone.stream().filter(hit -> hit.get("relevance").asDouble() > 0.5)
                .toList();
        assertThat(ranked).hasSize(5).isEqualTo(rankedNarrowed);
        assertThat(ranked).extracting(hit -> hit.get("relevance").asDouble())
                .startsWith(1.0, 1.0).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ranked.get(2).get("givenNameLatin").asString()).isEqualTo("Somsouk");
        assertThat(rankedByNameAlone).extracting(hit -> hit.get("id").asString()).doesNotHaveDuplicates();
    }

    /** Every page of a search, followed by its cursor until the last one (or the twentieth). */
    private static List<JsonNode> pages(Api reader, String firstPage, int limit) {
        List<JsonNode> hits = new java.util.ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Api.Response page = reader.get(firstPage + (after == null ? "" : "&after=" + after));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().get("results").forEach(hits::add);
            assertThat(page.json().get("results").size()).isLessThanOrEqualTo(limit);
            after = page.json().get("next").isNull() ? null : page.json().get("next").asString();
        } while (after != null && ++pages < 20);
        return hits;
    }

    private static String randomWord() {
        StringBuilder word = new StringBuilder("Zy");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private static String encoded(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    @Test
    void registrarOfAnotherDistrictDoesNotFindThePerson() {
        String person = birth("ສົມສັກ", "ພົມມະວົງ", null, null, "1501");
        Api elsewhere = user("REGISTRAR", "1502");

        assertThat(found(elsewhere, "Somsack Phommavong")).doesNotContain(person);
        assertThat(found(user("REGISTRAR", "1501"), "Somsack Phommavong")).containsExactly(person);
    }

    @Test
    void correctedNameIsFoundByItsNewSpellingOnly() {
        String person = birth("ບຸນທັນ", "ສີຫາລາດ", "Bounthanh", "Sihalath", "1501");

        assertThat(registrar.post("/api/persons/" + person + "/corrections", """
                {"changes": {"givenName": "ສົມສັກ", "givenNameLatin": "Somsack"}, "reason": "name as on the family book"}""")
                .status()).isEqualTo(200);

        assertThat(found(registrar, "Somsak Sihalath")).containsExactly(person);
        assertThat(relevances(registrar, "Bounthanh Sihalath")).containsExactly(0.5);
    }

    @Test
    void aWordTheLaoScriptAndTheRomanizedNameShareIsIndexedOnceWithBoth() {
        String person = birth("ສົມສັກ", "ພົມມະວົງ", "Somsack", "Phommavong", "1501");

        // The index is written by its processor after the birth is answered.
        await().untilAsserted(() -> assertThat(jdbc.queryForList(
                "select names from person_name_word where person_id = ?::uuid order by names", Short.class, person))
                .as("given names (1 + 4), family names (2 + 8)").containsExactly((short) 5, (short) 10));
    }

    @Test
    void correctingOneSpellingKeepsTheWordTheOtherScriptStillHolds() {
        String person = birth("ບຸນທັນ", "ສີຫາລາດ", "Bounthanh", "Sihalath", "1501");

        assertThat(registrar.post("/api/persons/" + person + "/corrections", """
                {"changes": {"givenNameLatin": "Somsack"}, "reason": "name as on the passport"}""")
                .status()).isEqualTo(200);

        assertThat(relevances(registrar, "Bounthanh Sihalath")).as("the Lao given name still holds it")
                .containsExactly(1.0);
        assertThat(relevances(registrar, "Somsack Sihalath")).containsExactly(1.0);
        assertThat(jdbc.queryForList("select names from person_name_word where person_id = ?::uuid order by names",
                Short.class, person)).as("given name (1), family names (2 + 8), romanized given name (4)")
                .containsExactly((short) 1, (short) 4, (short) 10);
    }

    @Test
    void wordResemblingNoNameFindsNoOne() {
        birth("ສົມສັກ", "ພົມມະວົງ", null, null, "1501");

        assertThat(found(registrar, "Xyzzq")).isEmpty();
    }

    private String birth(String givenName, String familyName, String givenNameLatin, String familyNameLatin,
                         String district) {
        Map<String, Object> request = new HashMap<>(Map.of("givenName", givenName, "familyName", familyName,
                "sex", "M", "dateOfBirth", marker, "placeOfBirth", Map.of("province", "LA-XE", "district", district)));
        if (givenNameLatin != null) {
            request.put("givenNameLatin", givenNameLatin);
            request.put("familyNameLatin", familyNameLatin);
        }
        Api.Response created = registrar.post("/api/births", JSON.writeValueAsString(request));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String search(String q, int limit) {
        return "/api/persons?limit=" + limit + "&bornFrom=" + marker + "&bornTo=" + marker + "&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private List<String> found(Api reader, String q) {
        Api.Response answer = reader.get(search(q, 50));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("results").findValuesAsString("id");
    }

    private List<Double> relevances(Api reader, String q) {
        return reader.get(search(q, 50)).json().get("results").valueStream()
                .map(hit -> hit.get("relevance").asDouble()).toList();
    }
}
