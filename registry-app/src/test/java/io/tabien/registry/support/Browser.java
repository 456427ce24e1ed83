package io.tabien.registry.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium, driven as a registrar would use the web app: one per test class, with a profile of its
 * own, so that its cache and cookies start empty. Waits are explicit (until an element or a URL shows), never sleeps.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENS = Path.of("target", "screens");
    public static final int PHONE_WIDTH = 360;
    public static final int DESKTOP_WIDTH = 1280;

    private final ChromeDriver driver;
    private final FluentWait<WebDriver> wait;
    private final String baseUrl;
    private final Path profile;

    private Browser(ChromeDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
        // A list the page renders again (the outbox, after a language switch) may replace an element between
        // finding it and reading it; the condition is then simply asked again.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class);
    }

    /**
     * Asks the condition until it holds. The driver reports a node the page replaced while it was being read either as
     * a stale element or, from the browser's inspector, as a node that "does not belong to the document"; both mean
     * only that the condition is to be asked again.
     */
    private <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return wait.until(driver -> {
            try {
                return condition.apply(driver);
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** @param acceptLanguage the languages the browser asks for, such as {@code en-US,en} */
    public static Browser open(int port, String acceptLanguage) {
        return open(port, acceptLanguage, null);
    }

    /**
     * A browser that reaches the registry, loopback included, only through the HTTP proxy on the given port (see
     * {@link LoopbackProxy}); none when null.
     */
    public static Browser open(int port, String acceptLanguage, Integer proxyPort) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests drive Debian's headless Chromium: install the Debian "
                    + "packages chromium and chromium-driver (apt-get install chromium chromium-driver), which put "
                    + CHROMIUM + " and " + CHROMEDRIVER + " in place.");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("tabien-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + DESKTOP_WIDTH + ",900",
                "--lang=" + acceptLanguage.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        if (proxyPort != null) {
            options.addArguments("--proxy-server=http://127.0.0.1:" + proxyPort, "--proxy-bypass-list=<-loopback>");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), "http://127.0.0.1:" + port, profile);
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    /** Drops the browser's session cookie, as an expired session would leave it. */
    public void forgetSession() {
        driver.manage().deleteCookieNamed("JSESSIONID");
    }

    /** Runs a script in the page and answers what it returns. */
    public Object run(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    public WebElement find(String css) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * The element's text once it shows, read in the same attempt as it is found: an element of a list the page
     * rendered again in between is found again.
     */
    public String text(String css) {
        return until(driver -> {
            WebElement element = driver.findElement(By.cssSelector(css));
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date field as its picker would (typing into one depends on the browser's locale). */
    public void date(String css, java.time.LocalDate date) {
        WebElement field = find(css);
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, date.toString());
    }

    public void choose(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    public void click(String css) {
        until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    public void waitForText(String css, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public void waitForPath(String prefix) {
        until(driver -> path().startsWith(prefix));
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        until(condition::apply);
    }

    /** Logs in, after logging out whoever was logged in. */
    public void logIn(String username, String password) {
        go("/login");
        if (!path().startsWith("/login")) {
            logOut();
        }
        type("#username", username);
        type("#password", password);
        click("#login");
        find("#current-user");
    }

    public void logOut() {
        click("#logout");
        find("#logged-out");
    }

    /** Switches the page to the other language with the switch every page has, and waits for it to show. */
    public void switchLanguage() {
        String before = find("html").getAttribute("lang");
        click("#language-switch");
        until(driver -> !before.equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
    }

    public String language() {
        return find("html").getAttribute("lang");
    }

    /**
     * Bytes the browser received for the page it shows: the document and every resource it loaded, as Resource Timing
     * reports them (a resource answered from the browser's cache counts 0).
     */
    public long transferredBytes() {
        Object total = ((JavascriptExecutor) driver).executeScript("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .reduce((sum, entry) => sum + entry.transferSize, 0);""");
        return ((Number) total).longValue();
    }

    /**
     * Runs a script in the page that calls {@code done(result)} when it has finished (the last of
     * {@code arguments}), and answers the result.
     */
    public Object runAsync(String script, Object... arguments) {
        return driver.executeAsyncScript(script, arguments);
    }

    /** Names of the resources the page loaded, for a failure message. */
    public Object resources() {
        return ((JavascriptExecutor) driver).executeScript("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(entry => entry.name + ' ' + entry.transferSize);""");
    }

    /** Waits until the page's fonts have loaded, so that a screenshot shows the Lao font rather than a fallback. */
    public void fontsReady() {
        until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.fonts.status === 'loaded';")));
    }

    /** The whole page at the given width, as target/screens/{name}-{language}-{width}.png. */
    public Path screenshot(String name, int width) {
        fontsReady();
        try {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                    "deviceScaleFactor", 1, "mobile", width < 600));
            Number height = (Number) driver.executeScript(
                    "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                    "height", Math.min(height.intValue(), 4000), "deviceScaleFactor", 1, "mobile", width < 600));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.createDirectories(SCREENS);
            Path target = SCREENS.resolve(name + "-" + language() + "-" + width + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The page at phone and desktop width. */
    public void screenshots(String name) {
        screenshot(name, PHONE_WIDTH);
        screenshot(name, DESKTOP_WIDTH);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a profile left in the temporary directory harms nothing
        }
    }
}
