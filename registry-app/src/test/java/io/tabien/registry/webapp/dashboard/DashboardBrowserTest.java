package io.tabien.registry.webapp.dashboard;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.Mrz;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A passport handed to an employer, seen on the dashboard: on its province's tile, in its category, in the list. */
class DashboardBrowserTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));
    private static final LocalDate BORN = LocalDate.of(1992, 8, 9);
    private static final String TILE = "#tile-LA-XE .tile-count";
    private static final String WITHHELD = "#flag-categories .chart-number";

    @Test
    void aCustodyChangeRaisingDocHeldByEmployerIsSeenOnTheDashboardAndLeadsToItsEvent() {
        Browser browser = browser();
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        String number = "E" + unique;
        String passport = issuedPassport(number);
        browser.logIn(newUser("PASSPORT_OFFICER", null), PASSWORD);
        browser.click("#nav-dashboard");
        browser.waitForPath("/dashboard");
        long tileBefore = count(browser, TILE);
        long categoryBefore = count(browser, WITHHELD);
        assertThat(browser.text("#flag-categories")).contains("Withheld documents")
                .doesNotContain("Irregular migration");

        browser.go("/passports/" + passport);
        browser.click("#change-custody summary");
        browser.choose("#custodian", "EMPLOYER");
        browser.type("#custodianName", "Garment Factory " + unique);
        browser.type("#country", "TH");
        browser.date("#since", TODAY);
        browser.click("#custody-submit");
        browser.find("#passport-done");

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            browser.go("/dashboard");
            return count(browser, TILE) == tileBefore + 1;
        });
        assertThat(count(browser, WITHHELD)).isEqualTo(categoryBefore + 1);
        browser.click("#flag-categories a.chart-bar");
        browser.waitForPath("/dashboard/flags");
        assertThat(browser.text("#filters")).contains("Withheld documents");
        assertThat(flagOf(browser, number).getText()).contains("Sekong");
        browser.go("/dashboard");
        browser.click("#tile-LA-XE");
        browser.waitForPath("/dashboard/flags");
        assertThat(browser.text("#filters")).contains("Sekong");
        WebElement flag = flagOf(browser, number);
        assertThat(flag.getAttribute("data-rule")).isEqualTo("DOC-HELD-BY-EMPLOYER");
        assertThat(flag.findElements(By.cssSelector("a.flag-event"))).as("the history is the auditor's").isEmpty();
        browser.screenshots("dashboard-flags");
        flag.findElement(By.cssSelector("a.flag-record")).click();
        browser.waitForPath("/passports/" + passport);

        browser.logIn(newUser("AUDITOR", null), PASSWORD);
        browser.go("/dashboard/flags?province=LA-XE&category=withheld-document");
        WebElement seen = flagOf(browser, number);
        assertThat(seen.findElement(By.cssSelector("a.flag-record")).getAttribute("href"))
                .as("an auditor reads the record's history, not the passport officer's screen")
                .endsWith("/audit/records/" + passport);
        String event = seen.findElement(By.cssSelector("a.flag-event")).getAttribute("href");
        long index = Long.parseLong(event.replaceAll(".*before=([0-9]+).*", "$1")) - 1;
        seen.findElement(By.cssSelector("a.flag-event")).click();
        browser.waitForPath("/audit/events");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            if (!browser.all("#not-chained").isEmpty()) {
                browser.go(event.substring(event.indexOf("/audit/events")));
                return false;
            }
            return true;
        });
        assertThat(browser.all("#events .event")).hasSize(1);
        assertThat(browser.text("#event-" + index)).contains("PassportCustodyTransferred");

        casework();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            browser.go("/dashboard");
            return count(browser, "#grievance-count") >= 2;
        });
        assertThat(browser.all("#flags, #births, #agencies, #grievances, #channels")).hasSize(5);
        assertThat(browser.text("#channel-table")).contains("Hotline", "Walk-in", "Possible victim");
        assertThat(count(browser, TILE)).isGreaterThanOrEqualTo(1);
        browser.screenshots("dashboard");
        browser.switchLanguage();
        assertThat(browser.text("h1")).isEqualTo("ພາບລວມ");
        assertThat(browser.text("#tile-LA-XE")).contains("ເຊກອງ");
        assertThat(browser.text("#flag-categories")).contains("ເອກະສານທີ່ຖືກຍຶດໄວ້");
        browser.screenshots("dashboard");
        browser.switchLanguage();
    }

    @Test
    void theDashboardStaysWithinTheBudgetOfALaterScreen() {
        String username = newUser("AUDITOR", null);
        try (Browser fresh = Browser.open(port(), "en-US,en")) {
            fresh.logIn(username, PASSWORD);
            fresh.go("/");
            fresh.fontsReady();
            fresh.go("/dashboard");
            fresh.fontsReady();

            assertThat(fresh.transferredBytes()).as("the dashboard %s", fresh.resources()).isPositive()
                    .isLessThanOrEqualTo(30_000);
        }
    }

    /** An agency licensed this year, and two grievances in Thailand, one screened and referred, for the picture. */
    private void casework() {
        Api labourOfficer = user("LABOUR_OFFICER", null);
        Api.Response agency = labourOfficer.post("/api/agencies", """
                {"name": "Mekong Workforce", "licenceNumber": "DB-%s", "address": "Savannakhet",
                 "licensedFrom": "%s", "licensedUntil": "%s", "destinations": ["TH"], "sectors": ["AGRICULTURE"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), TODAY.withDayOfYear(1),
                        TODAY.plusYears(2)));
        assertThat(agency.status()).as(agency.toString()).isEqualTo(201);
        Api attache = user("LABOUR_ATTACHE", "TH");
        String hotline = grievance(attache, "HOTLINE", "\"DEBT_BONDAGE\", \"WITHHOLDING_OF_WAGES\"");
        grievance(attache, "WALK_IN", "\"WAGE_THEFT\"");
        assertThat(attache.post("/api/grievances/" + hotline + "/screening", """
                {"indicators": ["DEBT_BONDAGE"], "outcome": "POSSIBLE_VICTIM", "decidedBy": "LABOUR_ATTACHE",
                 "screenedOn": "%s"}""".formatted(TODAY)).status()).isEqualTo(200);
        Api.Response referred = attache.post("/api/grievances/" + hotline + "/referrals", """
                {"to": "NGO", "consent": true, "referredOn": "%s"}""".formatted(TODAY));
        assertThat(referred.status()).as(referred.toString()).isIn(200, 201);
    }

    private static String grievance(Api attache, String channel, String categories) {
        Api.Response created = attache.post("/api/grievances", """
                {"workerName": "Worker", "employerName": "Plantation", "country": "TH", "channel": "%s",
                 "categories": [%s], "narrative": "told on the phone", "reportedOn": "%s"}"""
                .formatted(channel, categories, TODAY));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A passport issued to a woman born in Sekong, still with her. */
    private String issuedPassport(String number) {
        String holder = new CivilClient(user("REGISTRAR", "LA-XE")).person("ນາງ", "ດາວ", BORN.toString(), "LA-XE",
                "1501");
        LocalDate issued = TODAY.minusDays(10);
        String[] mrz = Mrz.lao(number, BORN, 'F', issued.plusYears(10), "DAO", "NANG");
        Api.Response created = user("PASSPORT_OFFICER", null).post("/api/passports", """
                {"holderPersonId": "%s", "passportNumber": "%s", "issuedOn": "%s", "expiresOn": "%s",
                 "mrz": ["%s", "%s"]}""".formatted(holder, number, issued, issued.plusYears(10), mrz[0], mrz[1]));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static WebElement flagOf(Browser browser, String passportNumber) {
        return browser.all(".dashboard-flag").stream()
                .filter(flag -> flag.getText().contains(passportNumber))
                .findFirst().orElseThrow(() -> new AssertionError("no flag of passport " + passportNumber));
    }

    private static long count(Browser browser, String css) {
        return Long.parseLong(browser.text(css).strip());
    }
}
