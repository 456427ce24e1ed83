package io.tabien.registry.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of the web app without a connection: the browser reaches the registry through a loopback proxy the test
 * shuts and opens again (the browser's own offline switch does not reach service workers). The class's tests share
 * one browser and proxy, started on first use, with the proxy open at the start of each test.
 */
public abstract class ProxiedBrowserTest extends IntegrationTest {

    protected static LoopbackProxy proxy;
    protected static Browser browser;

    @BeforeEach
    void openBrowser() {
        if (browser == null) {
            proxy = LoopbackProxy.to(port());
            browser = Browser.open(port(), "en-US,en", proxy.port());
        }
        proxy.up();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            proxy.close();
            browser = null;
        }
    }
}
