package io.tabien.registry.webapp;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import io.tabien.registry.support.CivilClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A recruitment contract through its steps, with a fee paid without a receipt flagged on its page. */
class ContractBrowserTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    @Test
    void labourOfficerTakesAContractThroughItsStepsAndSeesAFeeWithoutAReceiptFlagged() {
        Browser browser = browser();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String worker = new CivilClient(user("REGISTRAR", "LA-XE"))
                .registerBirth("ສົມ", "ພອນ", "Som" + unique, "1995-05-05", "LA-XE", "1501", null, null)
                .json().get("id").asString();
        Api officer = user("LABOUR_OFFICER", null);
        String agency = officer.post("/api/agencies", """
                {"name": "Lane Xang Jobs %s", "licenceNumber": "LX-%s", "address": "Vientiane",
                 "licensedFrom": "%s", "licensedUntil": "%s", "destinations": ["TH"], "sectors": ["AGRICULTURE"]}"""
                .formatted(unique, unique, TODAY.minusDays(100), TODAY.plusDays(300))).json().get("id").asString();
        browser.logIn(newUser("LABOUR_OFFICER", null), PASSWORD);

        browser.go("/contracts/new?agency=" + agency);
        browser.type("#worker-search", "Som" + unique);
        browser.click("#worker-results input[value='" + worker + "']");
        browser.choose("#channel", "MOU");
        browser.date("#signedOn", TODAY.minusDays(20));
        browser.type("#employerName", "Chonburi Farms " + unique);
        browser.type("#destinationCountry", "TH");
        browser.choose("#sector", "AGRICULTURE");
        browser.type("#jobTitle", "Fruit picker");
        browser.type("#wage", "9000");
        browser.type("#wageCurrency", "ZZZ");
        browser.type("#durationMonths", "24");
        browser.type("#contractLanguage", "lo");
        long events = eventCount();
        browser.click("#register");
        assertThat(browser.text("#wage-error")).isEqualTo("Not a currency code, such as LAK, THB or USD.");
        assertThat(eventCount()).isEqualTo(events);

        browser.type("#wageCurrency", "THB");
        browser.click("#register");
        browser.find("#contract-done");
        assertThat(steps(browser)).containsExactly("step-EXPLANATION", "step-APPROVAL", "step-REJECTION",
                "step-DEPARTURE", "step-TERMINATION");

        step(browser, "EXPLANATION", TODAY.minusDays(19));
        browser.type("#EXPLANATION-language", "lo");
        browser.type("#EXPLANATION-explainedBy", "Officer Keo");
        browser.click("#EXPLANATION-acknowledged");
        submit(browser, "#EXPLANATION-submit");

        step(browser, "APPROVAL", TODAY.minusDays(18));
        submit(browser, "#APPROVAL-submit");
        assertThat(browser.text("#contract-state")).isEqualTo("Approved");
        assertThat(steps(browser)).containsExactly("step-EXPLANATION", "step-DEPARTURE", "step-TERMINATION");

        browser.click("#fees summary");
        browser.choose("#fee-payer", "WORKER");
        browser.choose("#fee-type", "SERVICE_FEE");
        browser.type("#fee-payee", "Lane Xang Jobs " + unique);
        browser.type("#fee-amount", "3000");
        browser.type("#fee-currency", "THB");
        browser.date("#fee-on", TODAY.minusDays(17));
        submit(browser, "#fee-submit");
        assertThat(browser.all(".fee")).hasSize(1);

        step(browser, "DEPARTURE", TODAY.minusDays(10));
        browser.type("#DEPARTURE-checkpoint", "Friendship Bridge");
        submit(browser, "#DEPARTURE-submit");
        assertThat(steps(browser)).containsExactly("step-EXPLANATION", "step-RETURN", "step-TERMINATION");

        browser.click("#savings summary");
        browser.type("#savings-amount", "1500");
        browser.type("#savings-currency", "THB");
        browser.date("#savings-on", TODAY.minusDays(5));
        submit(browser, "#savings-submit");
        assertThat(browser.text("#savings-balance")).contains("1500", "THB");

        String contract = browser.path().replaceAll("^/contracts/([^?]+).*$", "$1");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            browser.go("/contracts/" + contract);
            return browser.text("#flags").contains("FEE-NO-RECEIPT");
        });
        browser.screenshots("contract");
        browser.switchLanguage();
        assertThat(browser.text("#contract-state")).isEqualTo("ແຮງງານຢູ່ຕ່າງປະເທດ");
        browser.screenshots("contract");
        browser.switchLanguage();
    }

    @Test
    void labourOfficerRegistersAReturnWithoutAContractAndSeesItFlaggedInItsProvince() {
        Browser browser = browser();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String person = new CivilClient(user("REGISTRAR", "LA-XE"))
                .registerBirth("ແສງ", "ດາວ", "Saeng" + unique, "1990-01-01", "LA-XE", "1501", null, null)
                .json().get("id").asString();
        browser.logIn(newUser("LABOUR_OFFICER", null), PASSWORD);

        browser.go("/returns/new");
        browser.type("#worker-search", "Saeng" + unique);
        browser.click("#worker-results input[value='" + person + "']");
        browser.date("#returnedOn", TODAY.plusDays(3));
        browser.type("#checkpoint", "Vang Tao");
        browser.type("#fromCountry", "TH");
        browser.click("#workedAbroad");
        long events = eventCount();
        browser.click("#register-return");
        assertThat(browser.text("#returnedOn-error")).isEqualTo("The date lies in the future.");
        assertThat(eventCount()).isEqualTo(events);
        browser.screenshots("return-refused");

        browser.date("#returnedOn", TODAY);
        browser.click("#register-return");
        browser.find("#return-done");

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            browser.go("/labour-flags?province=LA-XE&rule=IRR-RETURN-WITHOUT-DEPARTURE");
            return browser.text("#flag-list").contains("IRR-RETURN-WITHOUT-DEPARTURE");
        });
        assertThat(browser.text("#flags-LA-XE")).contains("Sekong");
        browser.screenshots("labour-flags");
        browser.switchLanguage();
        assertThat(browser.text("h1")).contains("ສັນຍານ");
        browser.screenshots("labour-flags");
        browser.switchLanguage();
    }

    private static void step(Browser browser, String step, LocalDate on) {
        browser.click("#step-" + step + " summary");
        browser.date("#" + step + "-on", on);
    }

    /** Sends a form and waits for the page it leads to, which says the change is recorded. */
    private static void submit(Browser browser, String button) {
        WebElement page = browser.find("html");
        browser.click(button);
        browser.waitUntil(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException left) {
                // Stale, or no longer in the document: the browser says either once the page is replaced.
                return true;
            }
        });
        browser.find("#contract-done");
    }

    private static List<String> steps(Browser browser) {
        return browser.all("details.step").stream().map(step -> step.getAttribute("id")).toList();
    }
}
