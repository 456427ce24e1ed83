package io.tabien.registry.webapp;

import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import io.tabien.registry.support.CivilClient;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's page: the record, its corrections with the values they replaced, and a death. */
class PersonBrowserTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    @Test
    void registrarCorrectsARecordAndSeesTheOriginalValueThenRegistersTheDeath() {
        Browser browser = browser();
        String username = newUser("REGISTRAR", "LA-XE");
        String person = new CivilClient(api.as(username, PASSWORD)).registerBirth("ຄຳ", "ພົມມະຈັນ", "Kham",
                "1960-05-02", "LA-XE", "1501", null, null).json().get("id").asString();
        browser.logIn(username, PASSWORD);
        browser.go("/persons/" + person);
        browser.click("#correct summary");
        browser.type("#correct-givenNameLatin", "Khamla");
        browser.type("#correct-reason", "The name was misspelt at registration.");
        browser.type("#correct-evidence", "Birth certificate of the district hospital, no. 1234");
        browser.click("#correct-submit");

        browser.find("#corrected");
        assertThat(browser.text("#record-givenNameLatin")).isEqualTo("Khamla");
        assertThat(browser.text("#original-givenNameLatin")).isEqualTo("originally: Kham");
        assertThat(browser.text("#history")).contains("Birth record corrected", "misspelt");

        long events = eventCount();
        browser.click("#death summary");
        browser.date("#dateOfDeath", LocalDate.of(1950, 1, 1));
        browser.choose("#death-district", "1501");
        browser.click("#death-submit");
        assertThat(browser.text("#dateOfDeath-error")).isEqualTo("The date of death lies before the date of birth.");
        assertThat(eventCount()).isEqualTo(events);

        browser.date("#dateOfDeath", TODAY.minusDays(1));
        browser.choose("#death-district", "1501");
        browser.click("#death-submit");

        browser.find("#death-registered");
        assertThat(browser.text("#record-dateOfDeath")).contains("Lamarm");
        assertThat(browser.text("#history")).contains("Death registered");
        browser.screenshots("person-corrected");
        browser.switchLanguage();
        assertThat(browser.text("#original-givenNameLatin")).isEqualTo("ເດີມ: Kham");
        browser.screenshots("person-corrected");
        browser.switchLanguage();
    }

    @Test
    void registrarIssuesABirthCertificateFromThePersonsPageSeesItListedAndRevokesIt() {
        Browser browser = browser();
        String username = newUser("REGISTRAR", "LA-XE");
        String person = new CivilClient(api.as(username, PASSWORD)).registerBirth("ນ້ອຍ", "ສີສຸວັນ", "Noy",
                TODAY.minusDays(3).toString(), "LA-XE", "1501", null, null).json().get("id").asString();
        browser.logIn(username, PASSWORD);
        browser.go("/persons/" + person);
        browser.find("#no-certificates");
        long events = eventCount();

        browser.click("#issue-certificate summary");
        browser.type("#certificate-name", "ນາງ ບົວ ສີສຸວັນ");
        browser.type("#certificate-relationship", "mother");
        browser.run("document.getElementById('certificate-identityDocument').removeAttribute('required');");
        browser.click("#certificate-submit");
        browser.find("#certificate-form #certificate-problems");
        assertThat(browser.text("#certificate-form #certificate-problems")).as("told beside the form").isNotBlank();
        assertThat(eventCount()).as("a refusal records nothing").isEqualTo(events);

        browser.type("#certificate-identityDocument", "ID 0123456");
        browser.click("#certificate-submit");

        browser.find("#certificate-issued");
        assertThat(eventCount()).as("the issue is recorded").isEqualTo(events + 1);
        assertThat(browser.all("#certificates tr.certificate")).hasSize(1);
        assertThat(browser.text("#certificates tr.certificate")).contains("Birth certificate", "In force");
        assertThat(browser.text("#certificates tr.certificate .copy")).isEqualTo("1");
        assertThat(browser.text("#history")).contains("Certificate issued");
        browser.screenshots("person-certificate-issued");
        browser.switchLanguage();
        assertThat(browser.text("#certificates tr.certificate")).contains("ໃບຢັ້ງຢືນການເກີດ", "ມີຜົນບັງຄັບໃຊ້");
        browser.screenshots("person-certificate-issued");
        browser.switchLanguage();

        browser.type("#certificates form.revoke input[name=reason]", "Printed with a smudged seal");
        browser.click("#certificates form.revoke button");

        browser.find("#certificate-revoked");
        assertThat(browser.text("#certificates tr.certificate .status"))
                .isEqualTo("Revoked: Printed with a smudged seal");
        assertThat(browser.all("#certificates form.revoke")).isEmpty();
        browser.screenshots("person-certificate-revoked");
    }

    @Test
    void aChangeToARecordThatChangedSinceThePageWasOpenedIsRefusedAndTheRecordShownAsItIsNow() {
        Browser browser = browser();
        String username = newUser("REGISTRAR", "LA-XE");
        CivilClient civil = new CivilClient(api.as(username, PASSWORD));
        String person = civil.registerBirth("ສີ", "ພົມມະຈັນ", "Sy", "1940-05-02", "LA-XE", "1501", null, null)
                .json().get("id").asString();
        browser.logIn(username, PASSWORD);
        browser.go("/persons/" + person);
        browser.click("#death summary");
        browser.date("#dateOfDeath", TODAY.minusDays(2));
        browser.choose("#death-district", "1501");
        assertThat(civil.api().post("/api/persons/" + person + "/corrections",
                "{\"changes\": {\"givenNameLatin\": \"Sythong\"}, \"reason\": \"spelling\"}").status())
                .as("changed elsewhere meanwhile").isEqualTo(200);
        long events = eventCount();

        browser.click("#death-submit");

        assertThat(browser.text("#death #form-errors")).startsWith("The record was changed since you opened it.");
        assertThat(browser.text("#record-givenNameLatin")).as("the record as it is now").isEqualTo("Sythong");
        assertThat(browser.all("#record-dateOfDeath")).isEmpty();
        assertThat(eventCount()).isEqualTo(events);
        browser.screenshots("person-stale");

        browser.date("#dateOfDeath", TODAY.minusDays(2));
        browser.choose("#death-district", "1501");
        browser.click("#death-submit");
        browser.find("#death-registered");
    }

    @Test
    void aPersonOutsideTheRegistrarsOfficeIsNotFound() {
        Browser browser = browser();
        String elsewhere = new CivilClient(user("REGISTRAR", "LA-VT")).person("ແສງ", "ດາລາ", "2001-01-01", "LA-VT",
                "0101");
        logInAsRegistrar("LA-XE");

        browser.go("/persons/" + elsewhere);

        browser.find("#not-found");
        assertThat(browser.all("#record")).isEmpty();
    }
}
