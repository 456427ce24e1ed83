package io.tabien.registry.certificates.web;

import io.tabien.registry.certificates.api.CertificatePdf;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The public verification page in a real browser: it loads the key list, the network is then cut, and a pasted code
 * is still checked — by the page's own Ed25519 check — while the registry's answer is reported missing.
 */
class VerifyPageBrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "verify-page");

    private ChromeDriver browser;
    private Path profile;

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
        Api registrar = user("REGISTRAR", "LA-XE");
        Api.Response born = registrar.post("/api/births", """
                {"givenName": "ດາວນີ້", "familyName": "ສີສຸວັນ", "givenNameLatin": "Daoni", "sex": "F",
                 "dateOfBirth": "%s", "placeOfBirth": {"province": "LA-XE", "district": "1501"}}"""
                .formatted(LocalDate.now(ZoneId.of("Asia/Vientiane")).minusDays(5)));
        String person = born.json().get("id").asString();
        Api.Document certificate = registrar.postForDocument("/api/persons/" + person + "/birth-certificates", """
                {"collector": {"name": "ບົວ", "relationship": "mother", "identityDocument": "ID 1"}}""");
        assertThat(certificate.status()).as(certificate.toString()).isEqualTo(200);
        String code = qrCode(certificate.bytes());

        browser.get(baseUrl() + "/verify");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(page -> "true".equals(page.findElement(By.id("keys-status")).getAttribute("data-loaded")));
        screenshot("1-loaded");

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.setNetworkConditions(offline);

        paste(code);
        browser.findElement(By.id("check")).click();
        wait.until(page -> "offline".equals(page.findElement(By.id("status")).getAttribute("data-state")));
        screenshot("2-checked-offline");

        WebElement result = browser.findElement(By.id("result"));
        assertThat(result.getAttribute("data-valid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("fields")).getText()).contains("ດາວນີ້ ສີສຸວັນ", "Daoni", person);
        assertThat(browser.findElement(By.id("status")).getText()).contains("cannot be reached");

        String altered = code.replace(code.substring(20, 23), code.substring(20, 23).equals("AAA") ? "BBB" : "AAA");
        paste(altered);
        browser.findElement(By.id("check")).click();
        wait.until(page -> "false".equals(page.findElement(By.id("result")).getAttribute("data-valid")));
        screenshot("3-altered-offline");
        assertThat(browser.findElement(By.id("fields")).getText()).isEmpty();
    }

    @Test
    void thePageSaysWhenTheRecordWasCorrectedSinceIssue() throws IOException {
        Api registrar = user("REGISTRAR", "LA-XE");
        String person = registrar.post("/api/births", """
                {"givenName": "ບົວ", "familyName": "ພົມມະວົງ", "sex": "F", "dateOfBirth": "%s",
                 "placeOfBirth": {"province": "LA-XE", "district": "1501"}}"""
                .formatted(LocalDate.now(ZoneId.of("Asia/Vientiane")).minusDays(5))).json().get("id").asString();
        String code = qrCode(registrar.postForDocument("/api/persons/" + person + "/birth-certificates", """
                {"collector": {"name": "ບົວ", "relationship": "self", "identityDocument": "ID 2"}}""").bytes());
        assertThat(registrar.post("/api/persons/" + person + "/corrections",
                "{\"changes\": {\"givenNameLatin\": \"Bua\"}, \"reason\": \"romanized name added\"}").status())
                .isEqualTo(200);

        browser.get(baseUrl() + "/verify");
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

    private String baseUrl() {
        return api.baseUrl();
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
