package io.tabien.registry.civil.query;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A registrar's search reads the name index by area: it finds the persons born in the registrar's district or
 * province and those living in a household there, and follows them as households and places of birth change.
 */
class PersonSearchInAreasTest extends IntegrationTest {

    private final String family = "Zy" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    private CivilClient province;
    private String bornIn1501;
    private String bornIn1502LivingIn1501;
    private String bornInTheProvinceAlone;
    private String bornIn1502;
    private String book;

    @BeforeEach
    void givenFourPersonsOfTheProvince() {
        province = new CivilClient(user("REGISTRAR", "LA-XE"));
        bornIn1501 = birth("Somsack", "1501");
        bornIn1502LivingIn1501 = birth("Somsouk", "1502");
        bornInTheProvinceAlone = birth("Bounthan", null);
        bornIn1502 = birth("Kham", "1502");
        book = province.familyBook("LA-XE", "1501", bornIn1501);
        assertThat(province.addMember(book, bornIn1502LivingIn1501, "SPOUSE", "MARRIAGE", "2015-01-01").status())
                .isEqualTo(200);
        Api auditor = user("AUDITOR", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> found(auditor, family + " somsouk").size() == 4
                && found(user("REGISTRAR", "1501"), family).contains(bornIn1502LivingIn1501));
    }

    @Test
    void aRegistrarFindsThoseBornOrLivingInTheirArea() {
        assertThat(found(user("REGISTRAR", "1501"), family))
                .containsExactlyInAnyOrder(bornIn1501, bornIn1502LivingIn1501);
        assertThat(found(user("REGISTRAR", "1502"), family))
                .containsExactlyInAnyOrder(bornIn1502LivingIn1501, bornIn1502);
        assertThat(found(province.api(), family))
                .containsExactlyInAnyOrder(bornIn1501, bornIn1502LivingIn1501, bornInTheProvinceAlone, bornIn1502);
        assertThat(found(user("REGISTRAR", "LA-VT"), family)).isEmpty();
        assertThat(found(user("AUDITOR", null), family + "&district=1501&province=LA-XE"))
                .containsExactlyInAnyOrder(bornIn1501, bornIn1502LivingIn1501);
        assertThat(found(province.api(), family + "&district=1502"))
                .containsExactlyInAnyOrder(bornIn1502LivingIn1501, bornIn1502);
        // A province's code given as a district, or the reverse, is no place anyone was born or lives in.
        assertThat(found(user("AUDITOR", null), family + "&district=LA-XE")).isEmpty();
        assertThat(found(user("AUDITOR", null), family + "&province=1501")).isEmpty();
    }

    @Test
    void theMostRelevantComeFirstAndPagesOfOneGiveTheSameOrder() {
        Api registrar = user("REGISTRAR", "1501");

        List<String> bestFirst = found(registrar, "somsak " + family);

        assertThat(bestFirst).containsExactly(bornIn1501, bornIn1502LivingIn1501);
        assertThat(pages(registrar, "somsak " + family, 1)).isEqualTo(bestFirst);
        assertThat(pages(province.api(), family, 1))
                .containsExactlyInAnyOrder(bornIn1501, bornIn1502LivingIn1501, bornInTheProvinceAlone, bornIn1502);
    }

    @Test
    void aPersonLeavingAHouseholdIsNoLongerFoundThere() {
        Api registrar = user("REGISTRAR", "1501");

        Api.Response removed = province.api().post("/api/family-books/" + book + "/members/" + bornIn1502LivingIn1501
                + "/removal", "{\"reason\": \"MOVED_OUT\", \"effectiveDate\": \"2026-01-01\"}");

        assertThat(removed.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> found(registrar, family).size() == 1);
        assertThat(found(registrar, family)).containsExactly(bornIn1501);
        assertThat(found(user("REGISTRAR", "1502"), family))
                .containsExactlyInAnyOrder(bornIn1502LivingIn1501, bornIn1502);
    }

    @Test
    void aCorrectedPlaceOrNameIsFoundWhereThePersonNowBelongs() {
        Api registrar = user("REGISTRAR", "1501");

        assertThat(correct(bornIn1502, """
                {"placeOfBirth": {"province": "LA-XE", "district": "1501"}, "givenNameLatin": "Vilayphone"}""")
                .status()).isEqualTo(200);
        assertThat(correct(bornIn1502LivingIn1501, "{\"givenNameLatin\": \"Phonsavanh\"}").status()).isEqualTo(200);
        // The head of the household of 1501, born there until corrected: still living there.
        assertThat(correct(bornIn1501, "{\"placeOfBirth\": {\"province\": \"LA-XE\", \"district\": \"1502\"}}")
                .status()).isEqualTo(200);

        Api elsewhere = user("REGISTRAR", "1502");
        await().atMost(Duration.ofSeconds(30)).until(() -> found(registrar, family).size() == 3
                && found(registrar, "phonsavanh " + family).contains(bornIn1502LivingIn1501)
                && found(elsewhere, family).contains(bornIn1501));
        assertThat(found(registrar, family)).containsExactlyInAnyOrder(bornIn1501, bornIn1502LivingIn1501, bornIn1502);
        assertThat(found(registrar, "vilayphone " + family).get(0)).isEqualTo(bornIn1502);
        assertThat(found(elsewhere, family)).containsExactlyInAnyOrder(bornIn1502LivingIn1501, bornIn1501);
    }

    private String birth(String given, String district) {
        Api.Response created = province.api().post("/api/births", """
                {"givenName": "ທົດລອງ", "familyName": "ທົດລອງ", "givenNameLatin": "%s", "familyNameLatin": "%s",
                 "sex": "F", "dateOfBirth": "1990-01-01", "placeOfBirth": {"province": "LA-XE"%s}}"""
                .formatted(given, family, district == null ? "" : ", \"district\": \"" + district + "\""));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private Api.Response correct(String person, String changes) {
        return province.api().post("/api/persons/" + person + "/corrections", """
                {"changes": %s, "reason": "As on the hospital's record", "evidence": "record 2026/17"}"""
                .formatted(changes));
    }

    /** This test's persons on the first page of a search by the reader, in order. */
    private List<String> found(Api reader, String query) {
        return pages(reader, query, 50);
    }

    /** This test's persons on every page of a search by the reader, pages of {@code limit}, in order. */
    private List<String> pages(Api reader, String query, int limit) {
        List<String> persons = new ArrayList<>();
        String after = null;
        int pagesRead = 0;
        do {
            Api.Response page = reader.get("/api/persons?q=" + query.replace(" ", "+") + "&limit=" + limit
                    + (after == null ? "" : "&after=" + after));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            for (JsonNode result : page.json().get("results")) {
                String id = result.get("id").asString();
                if (List.of(bornIn1501, bornIn1502LivingIn1501, bornInTheProvinceAlone, bornIn1502).contains(id)) {
                    persons.add(id);
                }
            }
            JsonNode next = page.json().get("next");
            after = next == null || next.isNull() ? null : next.asString();
        } while (after != null && ++pagesRead < 200 && limit < 50);
        return persons;
    }
}
