package io.tabien.registry.webapp;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** The web app's shell: the login page, who is logged in, the language switch, logging out, and the byte budgets. */
class ShellBrowserTest extends BrowserTest {

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageNotAskedForBasicCredentials() {
        Api.Response home = api.anonymous().get("/");

        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location")).endsWith("/login");
        assertThat(home.header("WWW-Authenticate")).isNull();
    }

    @Test
    void theLoginPageSpeaksLaoWhenTheBrowserPrefersLaoAndEnglishOtherwise() {
        assertThat(api.anonymous().get("/login", "Accept-Language", "lo-LA,lo;q=0.9,en;q=0.8").body())
                .contains("ເຂົ້າສູ່ລະບົບ");
        assertThat(api.anonymous().get("/login", "Accept-Language", "en;q=0.9,lo;q=0.5").body())
                .contains("Log in").doesNotContain("ເຂົ້າສູ່ລະບົບ</h1>");
        assertThat(api.anonymous().get("/login", "Accept-Language", "th-TH,th").body()).contains("Log in");
    }

    @Test
    void theApiStillAsksForBasicCredentials() {
        Api.Response persons = api.anonymous().get("/api/persons?q=Noy");

        assertThat(persons.status()).isEqualTo(401);
        assertThat(persons.contentType()).isEqualTo("application/problem+json");
        assertThat(persons.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aRegistrarLogsInSeesWhoAndWhereTheyAreSwitchesLanguageAndLogsOut() {
        Browser browser = browser();
        String username = newUser("REGISTRAR", "LA-XE");
        browser.go("/");
        browser.waitForPath("/login");
        assertThat(browser.language()).isEqualTo("en");
        browser.screenshots("login");
        browser.switchLanguage();
        assertThat(browser.text("h1")).isEqualTo("ເຂົ້າສູ່ລະບົບ");
        browser.screenshots("login");
        browser.switchLanguage();

        browser.logIn(username, PASSWORD);

        assertThat(browser.path()).as("back where the visit began").matches("/(\\?continue)?");
        assertThat(browser.text("#current-user")).contains(username, "Registrar", "Sekong");
        browser.screenshots("home");
        browser.switchLanguage();
        assertThat(browser.text("#current-user")).contains(username, "ນາຍທະບຽນ", "ເຊກອງ");
        assertThat(browser.text("h1")).isEqualTo("ມື້ນີ້");
        browser.screenshots("home");
        browser.go("/");
        assertThat(browser.language()).as("the chosen language is remembered").isEqualTo("lo");
        browser.switchLanguage();

        browser.logOut();
        browser.go("/");
        browser.waitForPath("/login");
    }

    @Test
    void aWrongPasswordIsSaidAndAThrottledLoginSaysHowLongToWait() {
        Browser browser = browser();
        String username = newUser("REGISTRAR", "LA-XE");
        browser.go("/login");
        if (!browser.path().startsWith("/login")) {
            browser.logOut();
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            browser.type("#username", username);
            browser.type("#password", "not-the-password-" + attempt);
            browser.click("#login");
            browser.find("#login-error");
        }

        browser.type("#username", username);
        browser.type("#password", PASSWORD);
        browser.click("#login");

        assertThat(browser.text("#login-wait")).containsPattern("Try again in [0-9]+ seconds");
        browser.screenshot("login-throttled", Browser.PHONE_WIDTH);
    }

    @Test
    void theFirstVisitWithItsFontStaysUnder300KbAndALaterScreenUnder30Kb() {
        String username = newUser("REGISTRAR", "LA-XE");
        try (Browser fresh = Browser.open(port(), "en-US,en")) {
            fresh.go("/login");
            fresh.fontsReady();
            long firstVisit = fresh.transferredBytes();
            fresh.logIn(username, PASSWORD);
            fresh.fontsReady();
            long home = fresh.transferredBytes();

            assertThat(firstVisit).as("first visit %s", fresh.resources()).isPositive().isLessThanOrEqualTo(300_000);
            assertThat(fresh.resources().toString()).as("the Lao font is part of the first visit")
                    .contains("NotoSansLao");
            assertThat(home).as("home after login %s", fresh.resources()).isPositive().isLessThanOrEqualTo(30_000);
        }
    }

}
