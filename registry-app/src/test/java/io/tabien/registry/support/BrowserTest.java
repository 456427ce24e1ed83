package io.tabien.registry.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test that uses the web app in a real browser, on the same registry and database as the other integration tests.
 * The class's tests share one browser, started on first use and closed after the last.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static Browser browser;

    @BeforeEach
    void openBrowser() {
        if (browser == null) {
            browser = Browser.open(port(), "en-US,en");
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    protected Browser browser() {
        return browser;
    }

    /** Logs the browser in as a new registrar of the office, after logging out whoever was logged in. */
    protected String logInAsRegistrar(String office) {
        String username = newUser("REGISTRAR", office);
        browser.logIn(username, PASSWORD);
        return username;
    }
}
