package io.tabien.registry.webapp;

import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import io.tabien.registry.support.CivilClient;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding persons by a name in either script, by district and dates of birth, a page at a time. */
class SearchBrowserTest extends BrowserTest {

    @Test
    void aRegistrarFindsPersonsByLaoOrRomanizedNameFiltersThemAndPagesThroughThem() {
        Browser browser = browser();
        String username = newUser("REGISTRAR", "LA-XE");
        CivilClient civil = new CivilClient(api.as(username, PASSWORD));
        String family = "Vongsa" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        for (int i = 0; i < 23; i++) {
            String district = i < 20 ? "1501" : "1502";
            assertThat(civil.api().post("/api/births", """
                    {"givenName": "ດາວ", "familyName": "ວົງສາ", "givenNameLatin": "Dao", "familyNameLatin": "%s",
                     "sex": "F", "dateOfBirth": "%s", "placeOfBirth": {"province": "LA-XE", "district": "%s"}}"""
                    .formatted(family, LocalDate.of(2000, 1, 1).plusDays(i), district)).status()).isEqualTo(201);
        }
        browser.logIn(username, PASSWORD);
        browser.go("/search");

        browser.type("#q", family);
        browser.click("#search");
        browser.waitUntil(driver -> browser.all(".found-person").size() == 20);
        browser.click("#next-page");
        browser.waitUntil(driver -> browser.all(".found-person").size() == 3);
        browser.find("#first-page");

        browser.go("/search?q=" + family + "&district=1502");
        assertThat(browser.all(".found-person")).hasSize(3);
        browser.go("/search?q=" + family + "&bornFrom=2000-01-21");
        assertThat(browser.all(".found-person")).hasSize(3);
        browser.go("/search?q=" + family + "&bornTo=2000-01-02");
        assertThat(browser.all(".found-person")).hasSize(2);
        browser.go("/search?q=Xqzwj" + System.nanoTime());
        browser.find("#nothing-found");
    }
}
