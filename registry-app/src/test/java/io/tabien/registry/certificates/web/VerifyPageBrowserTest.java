package io.tabien.registry.certificates.web;

import io.tabien.registry.certificates.api.CertificatePdf;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.Sex;
import io.tabien.registry.certificates.code.CertificateClaims;
import io.tabien.registry.certificates.code.CertificateCode;
import io.tabien.registry.certificates.code.TestKeys;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.LoopbackProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The public verification page in a real browser: it loads, the network is then cut (a relay the test shuts, which
 * also stops the service worker's fetches), the page is opened again from the browser's copy, and a pasted code is
 * still checked by the page's own Ed25519 check, in the registry's own Lao font, while the registry's answer is
 * reported missing.
 */
class VerifyPageBrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "verify-page");

    private static final String COLLECTOR = """
            {"collector": {"name": "ບົວ", "relationship": "mother", "identityDocument": "ID 1"}}""";

    private ChromeDriver browser;
    private Path profile;
    private Api registrar;

    @BeforeEach
    void openBrowser() throws IOException {
        assumeThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("Chromium and its driver are installed (packages chromium, chromium-driver)").isTrue();
        profile = Files.createTempDirectory("tabien-verify-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=900,1400");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        registrar = user("REGISTRAR", "LA-XE");
    }


    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void anyoneChecksACertificateOnThePageWithTheNetworkCutAfterLoading() throws IOException {
        String person = person("ດາວນີ້", "ສີສຸວັນ", "Daoni");
        String code = qrCode(registrar.postForDocument("/api/persons/" + person + "/birth-certificates", COLLECTOR)
                .bytes());

        try (LoopbackProxy network = LoopbackProxy.to(port())) {
            browser.get("http://127.0.0.1:" + network.port() + "/verify");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(page -> "true".equals(page.findElement(By.id("keys-status")).getAttribute("data-loaded")));
            wait.until(page -> "true".equals(page.findElement(By.tagName("body")).getAttribute("data-offline-ready")));
            screenshot("1-loaded");

            network.close();
            browser.navigate().refresh();
            wait.until(page -> "true".equals(page.findElement(By.id("keys-status")).getAttribute("data-loaded")));
            assertThat(browser.findElement(By.id("keys-status")).getText()).as("the key list kept in the browser")
                    .contains("kept from");
            assertThat(((JavascriptExecutor) browser).executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    document.fonts.load('16px "Noto Sans Lao"', 'ລາວ')
                        .then(function (faces) { done(faces.map(function (face) { return face.status; }).join()); },
                              function (error) { done(String(error)); });"""))
                    .as("the registry's Lao font, kept in the browser").isEqualTo("loaded");

            paste(code);
            browser.findElement(By.id("check")).click();
            wait.until(page -> "offline".equals(page.findElement(By.id("status")).getAttribute("data-state")));
            screenshot("2-checked-offline");

            assertThat(browser.findElement(By.id("result")).getAttribute("data-valid")).isEqualTo("true");
            assertThat(browser.findElement(By.id("fields")).getText()).contains("ດາວນີ້ ສີສຸວັນ", "Daoni", person);
            assertThat(browser.findElement(By.id("status")).getText()).contains("cannot be reached");

            paste(altered(code));
            browser.findElement(By.id("check")).click();
            wait.until(page -> "false".equals(page.findElement(By.id("result")).getAttribute("data-valid")));
            screenshot("3-altered-offline");
            assertThat(browser.findElement(By.id("fields")).getText()).isEmpty();
        }
    }

    @Test
    void aCodeOfAnotherKeyIsRefusedWithTheBrowsersNetworkSwitchedOff() throws IOException {
        String person = person("ແກ້ວ", "ມະນີວົງ", "Keo");
        String code = qrCode(registrar.postForDocument("/api/persons/" + person + "/birth-certificates", COLLECTOR)
                .bytes());
        browser.get(api.baseUrl() + "/verify");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(page -> "true".equals(page.findElement(By.id("keys-status")).getAttribute("data-loaded")));

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.setNetworkConditions(offline);

        paste(code);
        browser.findElement(By.id("check")).click();
        wait.until(page -> "true".equals(page.findElement(By.id("result")).getAttribute("data-valid")));
        paste(foreignCode());
        browser.findElement(By.id("check")).click();
        wait.until(page -> "false".equals(page.findElement(By.id("result")).getAttribute("data-valid")));
        screenshot("5-foreign-key");
        assertThat(browser.findElement(By.id("problem")).getText()).contains("not in the registry's key list");
    }

    @Test
    void thePageSaysWhenTheRecordWasCorrectedSinceIssue() throws IOException {
        String person = person("ບົວ", "ພົມມະວົງ", null);
        String code = qrCode(registrar.postForDocument("/api/persons/" + person + "/birth-certificates", COLLECTOR)
                .bytes());
        assertThat(registrar.post("/api/persons/" + person + "/corrections",
                "{\"changes\": {\"givenNameLatin\": \"Bua\"}, \"reason\": \"romanized name added\"}").status())
                .isEqualTo(200);

        browser.get(api.baseUrl() + "/verify");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(page -> "true".equals(page.findElement(By.id("keys-status")).getAttribute("data-loaded")));
        paste(code);
        browser.findElement(By.id("check")).click();
        wait.until(page -> "changed".equals(page.findElement(By.id("status")).getAttribute("data-state")));
        screenshot("4-corrected-since-issue");

        assertThat(browser.findElement(By.id("status")).getText()).contains("corrected since issue");
    }

    private void paste(String code) {
        WebElement field = browser.findElement(By.id("code"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, code);
    }

    private String person(String givenName, String familyName, String givenNameLatin) {
        Api.Response born = registrar.post("/api/births", """
                {"givenName": "%s", "familyName": "%s", %s "sex": "F", "dateOfBirth": "%s",
                 "placeOfBirth": {"province": "LA-XE", "district": "1501"}}""".formatted(givenName, familyName,
                givenNameLatin == null ? "" : "\"givenNameLatin\": \"" + givenNameLatin + "\",",
                LocalDate.now(ZoneId.of("Asia/Vientiane")).minusDays(5)));
        assertThat(born.status()).as(born.toString()).isEqualTo(201);
        return born.json().get("id").asString();
    }

    /** The code with one character of its signed part changed. */
    private static String altered(String code) {
        int at = code.length() / 2;
        return code.substring(0, at) + (code.charAt(at) == 'A' ? 'B' : 'A') + code.substring(at + 1);
    }

    private static String foreignCode() {
        try {
            TestKeys.Pair stranger = TestKeys.fresh(LocalDate.now().minusDays(1), null);
            return CertificateCode.sign(new CertificateClaims(CertificateKind.BIRTH_CERTIFICATE, UUID.randomUUID(), 1,
                    1, LocalDate.now(ZoneId.of("Asia/Vientiane")), "LA-XE", new CertificateClaims.Subject("ດາວ",
                    "ສີສຸວັນ", null, null, Sex.F, LocalDate.now().minusDays(3), null, null), null),
                    stranger.key(), stranger.privateKey());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String qrCode(byte[] pdf) {
        return new CertificatePdf(pdf).qrCode(0);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
