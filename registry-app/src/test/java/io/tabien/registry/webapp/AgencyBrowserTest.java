package io.tabien.registry.webapp;

import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An agency's licence from its issue through a suspension to its revocation, as a labour officer keeps it. */
class AgencyBrowserTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    @Test
    void labourOfficerLicensesAnAgencySuspendsAndRevokesItsLicenceAndSeesItsStandingOnAnyDay() {
        Browser browser = browser();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        browser.logIn(newUser("LABOUR_OFFICER", null), PASSWORD);

        browser.go("/agencies/new");
        browser.type("#name", "Mekong Jobs " + unique);
        browser.type("#licenceNumber", "LIC-" + unique);
        browser.type("#address", "Ban Phonxay, Vientiane");
        browser.date("#licensedFrom", TODAY.minusDays(60));
        browser.date("#licensedUntil", TODAY.minusDays(90));
        browser.type("#destinations", "TH MY");
        browser.click("#sector-AGRICULTURE");
        long events = eventCount();
        browser.click("#license");
        assertThat(browser.text("#licensedUntil-error")).isEqualTo("A licence ends after it starts.");
        assertThat(eventCount()).isEqualTo(events);
        browser.screenshots("agency-license-refused");

        browser.date("#licensedUntil", TODAY.plusDays(300));
        browser.click("#license");
        browser.find("#agency-done");
        String agency = browser.path().replaceAll("^/agencies/([^?]+).*$", "$1");
        assertThat(browser.text("#agency-status")).contains("Active");

        browser.go("/agencies/" + agency);
        browser.click("#suspend summary");
        browser.date("#suspend-from", TODAY.minusDays(30));
        browser.date("#suspend-until", TODAY.minusDays(10));
        browser.type("#suspend-reason", "Fees above the cap");
        browser.click("#suspend-submit");
        browser.find("#agency-done");
        assertThat(browser.all(".band")).extracting(band -> band.getAttribute("class").replace("band status-", ""))
                .containsExactly("ACTIVE", "SUSPENDED", "ACTIVE", "EXPIRED");

        browser.go("/agencies?status=SUSPENDED&asOf=" + TODAY.minusDays(20));
        assertThat(browser.text("#agencies")).contains("Mekong Jobs " + unique);
        browser.go("/agencies?status=SUSPENDED&asOf=" + TODAY);
        assertThat(browser.text("#agencies")).doesNotContain("Mekong Jobs " + unique);
        browser.go("/agencies?asOf=" + TODAY);
        browser.screenshots("agencies");
        browser.switchLanguage();
        assertThat(browser.text("#agencies")).contains("ໃຊ້ໄດ້");
        browser.screenshots("agencies");
        browser.switchLanguage();

        browser.go("/agencies/" + agency);
        browser.click("#revoke summary");
        browser.date("#revoke-on", TODAY);
        browser.type("#revoke-reason", "Passports withheld");
        browser.click("#revoke-submit");
        browser.find("#agency-done");
        assertThat(browser.text("#agency-status")).contains("Revoked");
        assertThat(browser.all(".band")).extracting(band -> band.getAttribute("class").replace("band status-", ""))
                .containsExactly("ACTIVE", "SUSPENDED", "ACTIVE", "REVOKED");
        browser.screenshots("agency");
        browser.switchLanguage();
        assertThat(browser.text("#licence")).contains("ຖືກໂຈະ", "ຖືກຖອນ");
        browser.screenshots("agency");
        browser.switchLanguage();
    }
}
