package io.tabien.registry.webapp;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor reads the published report without logging in. The grievances of 2013 are this test's own: three came
 * in by the hotline and were screened, one walked in.
 */
class PublicReportBrowserTest extends BrowserTest {

    private static final int YEAR = 2013;

    /** The grievances are recorded once for the whole class: a second copy would change the counts under test. */
    private static boolean recorded;

    @BeforeEach
    void threeGrievancesByTheHotlineAndOneWalkedInAllScreened() {
        if (recorded) {
            return;
        }
        Api attache = user("LABOUR_ATTACHE", "QA");
        for (String channel : List.of("HOTLINE", "HOTLINE", "HOTLINE", "WALK_IN")) {
            String grievance = grievance(attache, channel);
            Api.Response screened = attache.post("/api/grievances/" + grievance + "/screening", """
                    {"indicators": ["DECEPTION"], "outcome": "POSSIBLE_VICTIM", "decidedBy": "POLICE",
                     "screenedOn": "2013-03-04"}""");
            assertThat(screened.status()).as(screened.body()).isEqualTo(200);
        }
        recorded = true;
    }

    @Test
    void aVisitorReadsThePublishedReportInBothLanguagesWithoutLoggingIn() {
        Browser browser = browser();
        int lastYear = LocalDate.now(ZoneId.of("Asia/Vientiane")).getYear() - 1;

        browser.go("/login");
        browser.click("#public-report-link");
        browser.waitForPath("/report");

        assertThat(browser.all("#current-user")).isEmpty();
        assertThat(browser.text("main h1")).isEqualTo("Annual progress report " + lastYear);
        browser.type("#year", "twenty-thirteen");
        browser.click("#report-submit");
        assertThat(browser.text("#year-error")).isEqualTo("A year from 1900 to 2100.");

        browser.type("#year", String.valueOf(YEAR));
        browser.click("#report-submit");
        browser.waitUntil(driver -> browser.path().endsWith("year=" + YEAR));
        assertThat(browser.text("main h1")).isEqualTo("Annual progress report " + YEAR);
        assertThat(browser.text("#section-grievancesByChannel h2")).isEqualTo("Grievances by intake channel");
        assertThat(rows(browser, "grievancesByChannel")).contains("Walk-in <3", "Hotline 3", "Referral 0",
                "Outreach 0");
        assertThat(rows(browser, "screeningsByChannelAndOutcome")).contains("Hotline · Possible victim 3",
                "Walk-in · Possible victim <3");
        assertThat(browser.all("#section-grievancesByChannel svg rect")).hasSize(4);
        assertThat(rows(browser, "custodyFlags")).contains("Held by an employer · raised 0");
        assertThat(browser.find("#report-csv").getAttribute("href")).endsWith("/report.csv?year=" + YEAR);
        browser.screenshots("public-report");

        browser.switchLanguage();
        assertThat(browser.text("main h1")).isEqualTo("ລາຍງານຄວາມຄືບໜ້າປະຈຳປີ " + YEAR);
        assertThat(rows(browser, "grievancesByChannel")).contains("ສາຍດ່ວນ 3", "ມາດ້ວຍຕົນເອງ <3");
        assertThat(rows(browser, "custodyFlags")).contains("ນາຍຈ້າງຍຶດໄວ້ · ຍົກຂຶ້ນ 0");
        browser.screenshots("public-report");
        browser.switchLanguage();
    }

    @Test
    void anAuditorLoggedInInTheSameBrowserStillSeesThePublishedReportWithSmallCountsHidden() {
        Browser browser = browser();
        browser.logIn(newUser("AUDITOR", null), PASSWORD);

        browser.click("#nav-public-report");
        browser.waitForPath("/report");
        browser.go("/report?year=" + YEAR);

        assertThat(browser.all("#current-user")).isNotEmpty();
        assertThat(rows(browser, "grievancesByChannel")).contains("Walk-in <3", "Hotline 3");
        assertThat(rows(browser, "grievancesByChannel")).doesNotContain("Walk-in 1");
        browser.logOut();
    }

    /** Each row of a section as its labels and its count, as a reader sees them. */
    private static List<String> rows(Browser browser, String section) {
        return browser.all("#section-" + section + " tr").stream().map(row -> row.getText().strip()).toList();
    }

    private static String grievance(Api attache, String channel) {
        Api.Response registered = attache.post("/api/grievances", """
                {"workerName": "Somphone Inthavong", "employerName": "Pearl Towers", "country": "QA", "city": "Doha",
                 "channel": "%s", "categories": ["DECEPTION"], "narrative": "Promised another job.",
                 "reportedOn": "2013-03-03"}""".formatted(channel));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }
}
