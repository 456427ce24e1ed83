package io.tabien.registry.webapp.grievances;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The labour attaché's case work in the browser: intake, the case page and the referral tracker. */
class AttacheBrowserTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    @Test
    void attacheTakesInAGrievanceScreensRefersAnswersResolvesAndClosesIt() {
        Browser browser = browser();
        browser.logIn(newUser("LABOUR_ATTACHE", "TH"), PASSWORD);
        browser.go("/grievances/new");
        assertThat(browser.find("#country").getAttribute("value")).isEqualTo("TH");
        browser.type("#workerName", "ນາງ ແສງ");
        browser.type("#employerName", "Bangkok Garments Ltd");
        browser.type("#city", "Bangkok");
        browser.click("#channel-HOTLINE");
        browser.click("#category-WAGE_THEFT");
        long events = eventCount();
        browser.click("#grievance-submit");
        assertThat(browser.text("#narrative-error")).isEqualTo("This is required.");
        assertThat(eventCount()).isEqualTo(events);
        browser.screenshots("grievance-intake-refused");

        browser.type("#narrative", "Three months of wages unpaid; the employer keeps her passport.");
        browser.click("#grievance-submit");
        browser.find("#done");
        assertThat(browser.all("#worker-name")).as("the case file waits for the reason it is read for").isEmpty();
        assertThat(browser.find("body").getText()).doesNotContain("ນາງ ແສງ", "wages unpaid");
        browser.screenshots("grievance-purpose");
        browser.switchLanguage();
        browser.screenshots("grievance-purpose");
        browser.switchLanguage();
        browser.click("#purpose-submit");
        assertThat(browser.text("#purpose-error")).isEqualTo("This is required.");
        browser.type("#purpose", "Taking in the grievance");
        browser.click("#purpose-submit");
        assertThat(browser.text("#purpose-given")).contains("Taking in the grievance");
        assertThat(browser.text("#worker-name")).isEqualTo("ນາງ ແສງ");
        assertThat(browser.text("#status")).isEqualTo("Open");

        browser.click("#screening summary");
        browser.click("#indicator-WITHHOLDING_OF_WAGES");
        browser.choose("#screening-outcome", "POSSIBLE_VICTIM");
        browser.choose("#screening-decidedBy", "LABOUR_ATTACHE");
        browser.click("#screening-submit");
        assertThat(browser.text("#screening-result")).contains("Possible victim", "Wages withheld");

        browser.switchLanguage();
        browser.click("#referrals > details summary");
        browser.choose("#referral-to", "POLICE");
        events = eventCount();
        browser.click("#referral-submit");
        assertThat(browser.text("#referral-consent-error")).startsWith("ການສົ່ງຕໍ່ຕ້ອງມີການຍິນຍອມ");
        assertThat(eventCount()).isEqualTo(events);
        browser.screenshots("grievance-referral-refused");

        browser.choose("#referral-to", "POLICE");
        browser.type("#referral-overrideReason", "She is in danger at the employer's house.");
        browser.click("#referral-submit");
        browser.waitUntil(driver -> browser.path().endsWith("?referral"));
        browser.switchLanguage();
        assertThat(browser.text("#referrals .referral")).contains("Police", "without consent", "Unanswered");

        browser.click("#referrals .referral summary");
        browser.choose("#referrals .referral .answer-answer", "ACCEPTED");
        browser.click("#referrals .referral .answer-submit");
        assertThat(browser.text("#referrals .referral .answer")).startsWith("Accepted");

        browser.click("#resolution summary");
        browser.click("#outcome-MEDIATED");
        browser.click("#resolution-submit");
        browser.waitForText("#status", "Resolved");
        browser.click("#closure-submit");
        browser.waitForText("#status", "Closed");
        browser.screenshots("grievance-case");
        browser.switchLanguage();
        browser.screenshots("grievance-case");
        browser.switchLanguage();
    }

    @Test
    void anotherCountrysAttacheIsRefusedTheCaseFileOnScreen() {
        Browser browser = browser();
        String grievance = register(user("LABOUR_ATTACHE", "TH"), "TH", TODAY);

        browser.logIn(newUser("LABOUR_ATTACHE", "MY"), PASSWORD);
        browser.go("/grievances/" + grievance);

        assertThat(browser.text("#case-file-restricted"))
                .isEqualTo("This case file is read by the labour attaché in TH and by auditors only.");
        assertThat(browser.all("#case-file")).isEmpty();
        assertThat(browser.all("#narrative")).isEmpty();
        assertThat(browser.all("#purpose-form")).as("nothing to give a purpose for").isEmpty();
        browser.screenshots("grievance-restricted");

        browser.logIn(newUser("AUDITOR", null), PASSWORD);
        browser.go("/grievances/" + grievance);
        assertThat(browser.all("#narrative")).isEmpty();
        browser.type("#purpose", "Auditing how the case was handled");
        browser.click("#purpose-submit");
        assertThat(browser.text("#narrative")).contains("unpaid");
        assertThat(browser.all("#screening-form")).as("an auditor reads, and writes nothing").isEmpty();
    }

    @Test
    void theReferralTrackerMarksReferralsUnansweredPastTheirDeadline() {
        String username = newUser("LABOUR_ATTACHE", "KH");
        Api attache = api.as(username, PASSWORD);
        String late = register(attache, "KH", TODAY.minusDays(30));
        refer(attache, late, TODAY.minusDays(20));
        String recent = register(attache, "KH", TODAY);
        refer(attache, recent, TODAY);
        Browser browser = browser();
        browser.logIn(username, PASSWORD);

        browser.go("/grievances/referrals");

        assertThat(browser.all("#referrals .referral")).hasSize(2);
        assertThat(browser.all("#referrals .referral.overdue")).hasSize(1);
        assertThat(browser.text("#referrals .referral.overdue")).contains("20", "Overdue");
        browser.screenshots("grievance-referrals");
        browser.switchLanguage();
        browser.screenshots("grievance-referrals");
        browser.switchLanguage();
    }

    private static String register(Api attache, String country, LocalDate reportedOn) {
        Api.Response created = attache.post("/api/grievances", """
                {"workerName": "Noy", "employerName": "Farm Co", "country": "%s", "channel": "WALK_IN",
                 "categories": ["WAGE_THEFT"], "narrative": "Two months unpaid.", "reportedOn": "%s"}"""
                .formatted(country, reportedOn));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static void refer(Api attache, String grievance, LocalDate referredOn) {
        assertThat(attache.post("/api/grievances/" + grievance + "/referrals", """
                {"to": "NGO", "consent": true, "referredOn": "%s"}""".formatted(referredOn)).status())
                .isEqualTo(201);
    }
}
