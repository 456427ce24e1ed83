package io.tabien.registry.webapp;

import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import io.tabien.registry.support.CivilClient;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The registrar's home: the outbox, the births registered last in their office, and possible duplicates to review. */
class HomeBrowserTest extends BrowserTest {

    @Test
    void aRegistrarSeesTheirOfficesLatestBirthsAndThePossibleDuplicatesFlaggedThere() {
        Browser browser = browser();
        String username = newUser("REGISTRAR", "1503");
        CivilClient civil = new CivilClient(api.as(username, PASSWORD));
        String mother = "Mother " + UUID.randomUUID().toString().substring(0, 8);
        String first = civil.registerBirth("ມະນີ", "ສຸກສະຫວັດ", "Manee", "2026-01-10", "LA-XE", "1503", mother, null)
                .json().get("id").asString();
        String second = civil.registerBirth("ມະນີ", "ສຸກສະຫວັດ", "Manee", "2026-01-11", "LA-XE", "1503", mother, null)
                .json().get("id").asString();
        browser.logIn(username, PASSWORD);

        assertThat(browser.text("#outbox-count")).isEqualTo("0");
        assertThat(browser.all(".recent-person a")).extracting(link -> link.getAttribute("href"))
                .as("newest first").startsWith(url("/persons/" + second), url("/persons/" + first));
        browser.find("#duplicates a");
        assertThat(browser.all(".duplicate-flag")).anySatisfy(flag -> assertThat(flag.getText()).contains("ມະນີ"));
        browser.screenshots("home-registrar");
        browser.switchLanguage();
        assertThat(browser.text("#duplicates h2")).isEqualTo("ການເກີດທີ່ອາດຈະຊ້ຳກັນ ທີ່ຕ້ອງກວດສອບ");
        browser.screenshots("home-registrar");
        browser.switchLanguage();
    }

    @Test
    void aUserWhoIsNoRegistrarSeesTheShellButNotTheRegistrarsScreens() {
        Browser browser = browser();
        browser.logIn(newUser("AUDITOR", null), PASSWORD);

        assertThat(browser.text("#current-user")).contains("Auditor");
        assertThat(browser.all("#recent")).isEmpty();
        browser.go("/births/new");
        assertThat(browser.text("h1")).isEqualTo("Not allowed");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }
}
