package io.tabien.registry.webapp;

import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import io.tabien.registry.support.CivilClient;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Two births flagged as possibly the same person, reviewed side by side, one way and the other. */
class DuplicateReviewBrowserTest extends BrowserTest {

    @Test
    void aRegistrarReviewsOnePairAsTwoPersonsAndAnotherAsOnePersonRecordedTwice() {
        Browser browser = browser();
        String username = newUser("REGISTRAR", "1504");
        CivilClient civil = new CivilClient(api.as(username, PASSWORD));
        String[] twins = flaggedPair(civil, "2026-02-01", "2026-02-02");
        String[] twice = flaggedPair(civil, "2026-03-01", "2026-03-01");
        browser.logIn(username, PASSWORD);

        browser.click("#duplicates a[href$='" + flagOn(twins[1]) + "']");
        assertThat(browser.find("#line-dateOfBirth").getAttribute("class")).as("a difference is marked")
                .contains("differs");
        assertThat(browser.find("#line-givenName").getAttribute("class")).doesNotContain("differs");
        browser.screenshots("duplicate-review");
        browser.switchLanguage();
        browser.screenshots("duplicate-review");
        browser.switchLanguage();
        browser.click("#decision-NOT_SAME_PERSON");
        browser.type("#decision-reason", "Twins: the hospital records two births.");
        browser.click("#decide");

        browser.find("#reviewed");
        assertThat(browser.text("#decision-taken")).isEqualTo("Not the same person");
        assertThat(browser.text("#decision-by")).contains(username);

        browser.go("/duplicates/" + flagOn(twice[1]));
        browser.click("#decision-SAME_PERSON");
        browser.type("#decision-reason", "The mother registered the child in two villages.");
        browser.click("#decide");

        browser.find("#reviewed");
        assertThat(browser.text("#decision-taken")).isEqualTo("The same person");
        browser.go("/persons/" + twice[1]);
        assertThat(browser.find("#duplicate-of").getAttribute("href")).endsWith("/persons/" + twice[0]);
        browser.go("/persons/" + twice[0]);
        assertThat(browser.find("#record a.duplicate").getAttribute("href")).endsWith("/persons/" + twice[1]);
        browser.go("/");
        assertThat(browser.all("#duplicates a[href$='" + flagOn(twins[1]) + "']")).as("reviewed flags leave home")
                .isEmpty();
    }

    @Test
    void aDecisionWithoutAReasonIsRefusedNextToTheReasonAndRecordsNothing() {
        Browser browser = browser();
        String username = newUser("REGISTRAR", "1504");
        String[] pair = flaggedPair(new CivilClient(api.as(username, PASSWORD)), "2026-04-01", "2026-04-03");
        browser.logIn(username, PASSWORD);
        browser.go("/duplicates/" + flagOn(pair[1]));
        browser.click("#decision-NOT_SAME_PERSON");
        browser.type("#decision-reason", " ");
        long events = eventCount();

        browser.click("#decide");

        assertThat(browser.text("#reason-error")).isEqualTo("Give the reason.");
        assertThat(eventCount()).isEqualTo(events);
    }

    /** Two births of one mother with the same child's name: the later is flagged. Answers {earlier, later}. */
    private static String[] flaggedPair(CivilClient civil, String first, String second) {
        String mother = "Mother " + UUID.randomUUID().toString().substring(0, 8);
        String earlier = civil.registerBirth("ພອນ", "ວົງໄຊ", "Phone", first, "LA-XE", "1504", mother, null).json()
                .get("id").asString();
        String later = civil.registerBirth("ພອນ", "ວົງໄຊ", "Phone", second, "LA-XE", "1504", mother, null).json()
                .get("id").asString();
        return new String[]{earlier, later};
    }

    private String flagOn(String person) {
        return org.awaitility.Awaitility.await().until(() -> jdbc.queryForList(
                "select id from flag where person_id = ?::uuid and rule = 'CIV-POSSIBLE-DUPLICATE'", UUID.class,
                person), flags -> flags.size() == 1).get(0).toString();
    }
}
