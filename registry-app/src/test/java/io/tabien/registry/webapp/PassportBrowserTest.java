package io.tabien.registry.webapp;

import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.Mrz;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriverException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A passport from its issue, with a mistyped zone corrected on screen, to a custody change that is flagged. */
class PassportBrowserTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));
    private static final LocalDate BORN = LocalDate.of(1994, 3, 4);

    @Test
    void passportOfficerCorrectsAMistypedZoneIssuesThePassportAndSeesTheEmployerHoldingItFlagged() {
        Browser browser = browser();
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String holder = new CivilClient(user("REGISTRAR", "LA-XE"))
                .registerBirth("ນ້ອຍ", "ສຸກ", "Noy" + unique, BORN.toString(), "LA-XE", "1501", null, null)
                .json().get("id").asString();
        String number = "P" + unique;
        LocalDate expires = TODAY.plusYears(10);
        String[] zone = Mrz.lao(number, BORN, 'F', expires, "SOUK", "NOY");
        char printed = zone[1].charAt(19);
        String mistyped = zone[1].substring(0, 19) + (char) ('0' + (printed - '0' + 1) % 10) + zone[1].substring(20);
        browser.logIn(newUser("PASSPORT_OFFICER", null), PASSWORD);

        browser.go("/passports/new");
        browser.type("#holder-search", "Noy" + unique);
        browser.click("#holder-results input[value='" + holder + "']");
        browser.type("#passportNumber", number);
        browser.date("#issuedOn", TODAY.minusDays(1));
        browser.date("#expiresOn", expires);
        browser.type("#mrzLine1", zone[0]);
        browser.type("#mrzLine2", mistyped);
        waitForCheck(browser, "#check-birthDate", "bad");
        assertThat(browser.find("#check-documentNumber").getAttribute("class")).contains("good");
        waitForCheck(browser, "#check-birthDate-agrees", "good");
        browser.screenshots("passport-issue-mistyped");

        long events = eventCount();
        browser.click("#issue");
        assertThat(browser.text("#mrzLine2-error")).contains("birth date", "position 20");
        assertThat(eventCount()).isEqualTo(events);

        browser.type("#mrzLine2", zone[1]);
        waitForCheck(browser, "#check-birthDate", "good");
        assertThat(browser.find("#check-composite").getAttribute("class")).contains("good");
        browser.click("#issue");
        browser.find("#passport-done");
        assertThat(browser.text("#passport-number")).contains(number);
        assertThat(browser.all(".custody-period")).hasSize(1);
        String passport = browser.path().replaceAll("^/passports/([^?]+).*$", "$1");

        events = eventCount();
        browser.click("#change-custody summary");
        browser.choose("#custodian", "EMPLOYER");
        browser.type("#country", "TH");
        browser.date("#since", TODAY);
        browser.click("#custody-submit");
        assertThat(browser.text("#custodianName-error")).isEqualTo(
                "Name the employer, agency or office that holds the passport.");
        assertThat(eventCount()).isEqualTo(events);

        browser.type("#custodianName", "Factory " + unique);
        browser.choose("#custodian", "EMPLOYER");
        browser.type("#country", "TH");
        browser.date("#since", TODAY);
        browser.click("#custody-submit");
        browser.find("#passport-done");
        assertThat(browser.all(".custody-period")).hasSize(2);
        assertThat(browser.text("#custody")).contains("An employer", "Factory " + unique, "without the holder's consent");
        browser.screenshots("passport");
        browser.switchLanguage();
        assertThat(browser.text("#custody")).contains("ນາຍຈ້າງ");
        browser.screenshots("passport");
        browser.switchLanguage();

        String flagged = "#withheld a[href='/passports/" + passport + "']";
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            browser.go("/passports");
            return !browser.all(flagged).isEmpty();
        });
        assertThat(browser.text(flagged)).isEqualTo("Held by an employer");
        browser.screenshots("passports-withheld");
        browser.switchLanguage();
        assertThat(browser.text(flagged)).isEqualTo("ນາຍຈ້າງຍຶດໄວ້");
        browser.screenshots("passports-withheld");
        browser.switchLanguage();

        browser.click(flagged);
        browser.click("#give-back summary");
        browser.date("#returnedOn", TODAY);
        browser.click("#return-submit");
        browser.find("#passport-done");
        assertThat(browser.all(".custody-period")).hasSize(3);
        assertThat(browser.text("#passport-custodian")).isEqualTo("Its holder");
    }

    private static void waitForCheck(Browser browser, String check, String verdict) {
        browser.waitUntil(driver -> {
            try {
                return browser.find(check).getAttribute("class").contains(verdict);
            } catch (WebDriverException swapped) {
                // Stale, or no longer in the document, while the check is being replaced.
                return false;
            }
        });
    }
}
