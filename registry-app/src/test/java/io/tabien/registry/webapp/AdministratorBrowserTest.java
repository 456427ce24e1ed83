package io.tabien.registry.webapp;

import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The first session in the browser: the administrator creates a registrar, who then logs in. */
class AdministratorBrowserTest extends BrowserTest {

    @Test
    void theAdministratorCreatesARegistrarWhoLogsInToTheirOffice() {
        Browser browser = browser();
        String registrar = "sekong-" + UUID.randomUUID().toString().substring(0, 8);
        browser.logIn(ADMIN, ADMIN_PASSWORD);
        browser.go("/users");
        browser.type("#new-username", registrar);
        browser.type("#new-password", "password1234");
        browser.choose("#new-role", "REGISTRAR");
        browser.type("#new-office", "LA-XE");
        long events = eventCount();
        browser.click("#create-user");

        assertThat(browser.text("#password-error")).startsWith("Too weak");
        assertThat(eventCount()).isEqualTo(events);

        browser.type("#new-password", "registrar-walkthrough-pw");
        browser.click("#create-user");
        browser.find("#user-created");
        assertThat(browser.all(".user")).anySatisfy(row -> assertThat(row.getText()).contains(registrar, "Sekong"));
        browser.screenshots("users");
        browser.switchLanguage();
        browser.screenshots("users");
        browser.switchLanguage();

        browser.logIn(registrar, "registrar-walkthrough-pw");
        assertThat(browser.text("#current-user")).contains(registrar, "Registrar", "Sekong");
    }
}
