package io.tabien.registry.webapp.audit;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import io.tabien.registry.support.CivilClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The auditor's screens: the event history, a record as of a moment, and the chain's verification. */
class AuditorBrowserTest extends BrowserTest {

    private static final ZoneId REGISTRY_ZONE = ZoneId.of("Asia/Vientiane");

    @Test
    void auditorFiltersAndPagesTheHistoryAndReadsAnEventsPayloadAndMetadata() {
        Browser browser = browser();
        String registrar = newUser("REGISTRAR", "LA-XE");
        CivilClient civil = new CivilClient(api.as(registrar, PASSWORD));
        String first = civil.person("ບຸນມີ", "ສີສະຫວາດ", "2001-02-03", "LA-XE", "1501");
        String second = civil.person("ບຸນມາ", "ສີສະຫວາດ", "2002-02-03", "LA-XE", "1501");
        Api auditorApi = user("AUDITOR", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> auditorApi.get("/api/audit/events?order=desc&actor="
                + registrar).json().get("events").size() == 2);

        browser.logIn(newUser("AUDITOR", null), PASSWORD);
        browser.go("/audit/events");
        browser.type("#filter-actor", registrar);
        browser.type("#filter-type", "BirthRegistered");
        browser.type("#filter-size", "1");
        browser.click("#filter-submit");
        browser.waitUntil(driver -> browser.path().contains("actor="));

        assertThat(browser.all("#events .event")).hasSize(1);
        assertThat(browser.text("#events .event")).contains("BirthRegistered", registrar, "REGISTRAR", "LA-XE");
        assertThat(browser.find("#events .record-link").getAttribute("href")).contains(second);
        browser.click("#events .event summary");
        assertThat(browser.text("#events .event .json")).contains("2002-02-03");
        assertThat(browser.text("#events .event .metadata")).contains("\"actor\"", registrar, "correlationId");
        browser.screenshots("audit-history");

        browser.click("#older");
        browser.waitUntil(driver -> browser.path().contains("before="));
        assertThat(browser.find("#events .record-link").getAttribute("href")).contains(first);
        assertThat(browser.all("#older")).isEmpty();
        browser.click("#newer");
        browser.waitUntil(driver -> browser.path().contains("after="));
        assertThat(browser.find("#events .record-link").getAttribute("href")).contains(second);

        browser.type("#filter-record", "not-a-record");
        browser.click("#filter-submit");
        assertThat(browser.text("#record-error")).startsWith("A record id looks like");
        browser.switchLanguage();
        assertThat(browser.text("#record-error")).startsWith("ລະຫັດບັນທຶກ");
        browser.screenshots("audit-history-refused");
        browser.switchLanguage();
    }

    @Test
    void auditorSeesARecordAsItStoodBeforeAndAfterACorrection() {
        Browser browser = browser();
        String registrar = newUser("REGISTRAR", "LA-XE");
        CivilClient civil = new CivilClient(api.as(registrar, PASSWORD));
        String person = civil.registerBirth("ຄຳ", "ພົມມະຈັນ", "Kham", "1980-05-02", "LA-XE", "1501", null, null)
                .json().get("id").asString();
        Instant registered = Instant.parse(user("AUDITOR", null).get("/api/audit/aggregates/" + person + "/events")
                .json().get(0).get("time").asString());
        Instant beforeCorrection = registered.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(beforeCorrection.plusMillis(50)));
        assertThat(civil.api().post("/api/persons/" + person + "/corrections",
                "{\"changes\": {\"givenNameLatin\": \"Khamla\"}, \"reason\": \"spelling\"}").status()).isEqualTo(200);

        browser.logIn(newUser("AUDITOR", null), PASSWORD);
        browser.go("/audit/records/" + person);
        assertThat(browser.text("#state-givenNameLatin")).isEqualTo("Khamla");
        assertThat(browser.text("#step-1")).contains("BirthRegistered");
        assertThat(browser.text("#step-2")).contains("BirthRecordCorrected", "givenNameLatin", "Kham", "Khamla");

        pick(browser, "#asOf", LocalDateTime.ofInstant(beforeCorrection, REGISTRY_ZONE).toString());
        browser.click("#as-of-submit");
        browser.waitUntil(driver -> browser.path().contains("asOf="));
        assertThat(browser.text("#state-givenNameLatin")).as("as it stood before the correction").isEqualTo("Kham");
        assertThat(browser.find("#step-1").getAttribute("class")).contains("current");
        browser.screenshots("audit-record-before");

        browser.click("#next-step");
        browser.waitUntil(driver -> browser.path().contains("step="));
        assertThat(browser.text("#state-givenNameLatin")).as("after the correction").isEqualTo("Khamla");
        assertThat(browser.find("#state-givenNameLatin").getAttribute("class")).contains("differs");
        browser.switchLanguage();
        browser.screenshots("audit-record-after");
        browser.switchLanguage();

        pick(browser, "#asOf", LocalDateTime.ofInstant(registered.minusSeconds(3600), REGISTRY_ZONE)
                .truncatedTo(ChronoUnit.SECONDS).toString());
        browser.click("#as-of-submit");
        assertThat(browser.text("#asOf-error")).isEqualTo("The record did not exist yet at that moment.");
        assertThat(browser.all("#state-givenNameLatin")).isEmpty();
    }

    @Test
    void auditorVerifiesTheChainAndFindsTheCheckpointsAndThePublicKey() {
        Browser browser = browser();
        new CivilClient(user("REGISTRAR", "LA-XE")).person("ນ້ອຍ", "ແກ້ວ", "2003-03-03", "LA-XE", "1501");
        Api auditorApi = user("AUDITOR", null);
        String publicKey = auditorApi.get("/api/audit/checkpoints?limit=1").json().get("publicKey").asString();

        browser.logIn(newUser("AUDITOR", null), PASSWORD);
        browser.go("/audit/verification");
        assertThat(browser.text("#public-key pre")).isEqualTo(publicKey);
        browser.click("#verify");

        assertThat(browser.text("#intact")).isEqualTo("The chain is intact.");
        assertThat(Long.parseLong(browser.text("#events-verified"))).isPositive();
        browser.screenshots("audit-verification");
        browser.switchLanguage();
        assertThat(browser.text("#public-key h2")).contains("ກະແຈ");
        browser.screenshots("audit-verification");
        browser.switchLanguage();
    }

    @Test
    void auditorRebuildsAProjectionAndWatchesItsProgressReachAHundredPercentWithoutReloading() {
        Browser browser = browser();
        new CivilClient(user("REGISTRAR", "LA-XE")).person("ດາວ", "ແກ້ວ", "2004-04-04", "LA-XE", "1501");
        browser.logIn(newUser("AUDITOR", null), PASSWORD);
        browser.go("/audit/replays");
        long events = eventCount();
        browser.click("#replay-submit");
        assertThat(browser.text("#processingGroup-error")).isEqualTo("Choose a projection that can be rebuilt.");
        assertThat(eventCount()).isEqualTo(events);

        browser.choose("#processingGroup", "agencies");
        browser.click("#replay-submit");
        browser.waitUntil(driver -> browser.path().matches("/audit/replays/[0-9a-f-]{36}"));
        String page = browser.path();
        browser.waitUntil(driver -> {
            ((JavascriptExecutor) driver).executeScript("window.sameDocument = true;");
            return true;
        });

        browser.waitForText("#replay-state", "Done");
        assertThat(browser.text("#percent")).isEqualTo("100.0 %");
        assertThat(browser.text("#time-left")).isEqualTo("0 s");
        assertThat(browser.path()).isEqualTo(page);
        browser.waitUntil(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return window.sameDocument === true;")));
        browser.screenshots("audit-replay");
        browser.switchLanguage();
        assertThat(browser.text("#replay-state")).isEqualTo("ສຳເລັດ");
        browser.screenshots("audit-replay");
        browser.switchLanguage();
    }

    @Test
    void auditorReadsTheAnnualReportAsTablesWithBarsAndDownloadsItsCsv() {
        Browser browser = browser();
        new CivilClient(user("REGISTRAR", "LA-XE")).person("ເພັດ", "ແກ້ວ", "2005-05-05", "LA-XE", "1501");
        int year = java.time.LocalDate.now(REGISTRY_ZONE).getYear();
        browser.logIn(newUser("AUDITOR", null), PASSWORD);
        browser.go("/audit/report");
        browser.type("#year", "20x6");
        browser.click("#report-submit");
        assertThat(browser.text("#year-error")).isEqualTo("A year from 1900 to 2100.");

        browser.type("#year", String.valueOf(year));
        browser.click("#report-submit");
        browser.waitUntil(driver -> browser.path().endsWith("year=" + year));
        assertThat(browser.text("#section-birthsByProvince h2")).isEqualTo("Births by province, on time and late");
        assertThat(browser.text("#section-birthsByProvince")).contains("Sekong · late");
        assertThat(browser.all("#section-birthsByProvince svg rect")).isNotEmpty();
        String csvLink = browser.find("#report-csv").getAttribute("href");
        assertThat(csvLink).endsWith("/audit/report.csv?year=" + year);
        browser.screenshots("audit-report");
        browser.switchLanguage();
        assertThat(browser.text("#section-birthsByProvince h2")).startsWith("ການເກີດ");
        browser.screenshots("audit-report");
        browser.switchLanguage();
    }

    @Test
    void otherRolesAreRefusedTheAuditorsScreens() {
        Browser browser = browser();
        logInAsRegistrar("LA-XE");

        browser.go("/audit/events");

        assertThat(browser.text("main h1")).isEqualTo("Not allowed");
    }

    /** Sets a date-and-time field as its picker would (typing into one depends on the browser's locale). */
    private static void pick(Browser browser, String css, String value) {
        browser.waitUntil(driver -> {
            ((JavascriptExecutor) driver).executeScript("document.querySelector(arguments[0]).value = arguments[1];",
                    css, value);
            return true;
        });
    }
}
