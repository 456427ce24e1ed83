package io.tabien.registry.webapp;

import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import io.tabien.registry.support.CivilClient;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Registering a birth in the browser, as a registrar of Sekong province would. */
class BirthBrowserTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    @Test
    void registrarRegistersABirthInLaoScriptWithAMotherFoundBySearchAndSeesItWithItsHistory() {
        Browser browser = browser();
        String username = newUser("REGISTRAR", "LA-XE");
        String motherLatin = "Noymother" + unique();
        String familyLatin = "Keomany" + unique();
        String motherId = new CivilClient(api.as(username, PASSWORD)).registerBirth("ນ້ອຍ", "ແກ້ວມະນີ", motherLatin,
                "1990-03-12", "LA-XE", "1501", null, null).json().get("id").asString();
        browser.logIn(username, PASSWORD);
        browser.go("/births/new");
        browser.screenshots("birth-form");
        browser.switchLanguage();
        browser.screenshots("birth-form");

        browser.type("#givenName", "ສົມໃຈ");
        browser.type("#familyName", "ແກ້ວມະນີ");
        browser.type("#givenNameLatin", "Somchai");
        browser.type("#familyNameLatin", familyLatin);
        browser.click("input[name=sex][value=F]");
        browser.date("#dateOfBirth", TODAY.minusDays(45));
        browser.find("#late-marker");
        assertThat(browser.text("#late-marker")).as("marked late before saving").isEqualTo("ແຈ້ງເກີດຊ້າ");
        browser.choose("#district", "1501");
        browser.type("#village", "ບ້ານໂພນ");
        browser.type("#motherId-search", motherLatin);
        browser.click("#motherId-results input[value='" + motherId + "']");
        browser.type("#informant", "ນ້ອຍ ແກ້ວມະນີ");
        browser.screenshot("birth-form-filled", Browser.PHONE_WIDTH);
        browser.click("#register");

        browser.find("#registered");
        assertThat(browser.path()).startsWith("/persons/");
        assertThat(browser.text("#person-name")).contains("ສົມໃຈ ແກ້ວມະນີ", "Somchai " + familyLatin);
        String person = browser.path().replaceAll("^/persons/([^?]+).*$", "$1");
        assertThat(browser.text("#record")).contains("ແຈ້ງເກີດຊ້າ", "ບ້ານໂພນ", "ລະມາມ", "ເຊກອງ");
        assertThat(browser.find("#record a[href='/persons/" + motherId + "']").isDisplayed()).isTrue();
        assertThat(browser.text("#history")).contains("ບັນທຶກການເກີດ", username);
        browser.screenshots("person");
        browser.switchLanguage();
        assertThat(browser.text("#history")).contains("Birth registered", username);
        assertThat(browser.text("#record")).contains("Late registration", "Lamarm", "Sekong");
        browser.screenshots("person");

        browser.go("/search");
        browser.type("#q", "somchai " + familyLatin.toLowerCase());
        browser.click("#search");
        browser.find("#found a[href='/persons/" + person + "']");
        browser.screenshots("search");
        browser.switchLanguage();
        browser.type("#q", "ສົມໃຈ ແກ້ວມະນີ " + familyLatin);
        browser.click("#search");
        browser.find("#found a[href='/persons/" + person + "']");
        browser.screenshots("search");
    }

    @Test
    void aRuleRefusalIsShownNextToItsFieldInTheChosenLanguageAndRecordsNothing() {
        Browser browser = browser();
        logInAsRegistrar("LA-XE");
        browser.go("/births/new?lang=lo");
        browser.type("#givenName", "ບຸນມີ");
        browser.type("#familyName", "ສີສຸກ");
        browser.click("input[name=sex][value=M]");
        browser.date("#dateOfBirth", TODAY.plusDays(3));
        browser.choose("#district", "1501");
        long events = eventCount();

        browser.click("#register");

        assertThat(browser.text("#dateOfBirth-error")).isEqualTo("ວັນເດືອນປີເກີດຢູ່ໃນອະນາຄົດ.");
        assertThat(browser.find("#givenName").getAttribute("value")).as("what was typed stays").isEqualTo("ບຸນມີ");
        assertThat(eventCount()).isEqualTo(events);
        browser.screenshots("birth-refused");

        browser.go("/births/new?lang=en");
        browser.type("#givenName", "Bounmy");
        browser.type("#familyName", "Sisouk");
        browser.click("input[name=sex][value=M]");
        browser.date("#dateOfBirth", TODAY.minusDays(2));
        browser.type("#familyBookNumber", "no-such-book-" + unique());
        browser.choose("#district", "1501");

        browser.click("#register");

        assertThat(browser.text("#familyBookNumber-error"))
                .isEqualTo("No family book with this number is recorded in this district.");
        assertThat(eventCount()).isEqualTo(events);
        browser.screenshots("birth-refused");
    }

    @Test
    void theFormOffersOnlyThePlacesOfTheRegistrarsOffice() {
        Browser browser = browser();
        logInAsRegistrar("1502");
        browser.go("/births/new");

        assertThat(browser.all("#province option")).extracting(option -> option.getAttribute("value"))
                .containsExactly("LA-XE");
        assertThat(browser.all("#district option")).extracting(option -> option.getAttribute("value"))
                .containsExactly("1502");
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
