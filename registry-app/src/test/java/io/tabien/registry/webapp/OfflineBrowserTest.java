package io.tabien.registry.webapp;

import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.ProxiedBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The registrar's web app without a connection. The browser reaches the registry only through a proxy on the loopback
 * interface; shutting the proxy cuts it off as a lost link would, service worker included.
 */
class OfflineBrowserTest extends ProxiedBrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));
    private static final String OFFICE = "LA-XE";
    private static final String DISTRICT = "1501";

    @Test
    void threeBirthsAndADeathEnteredOfflineAreRegisteredOnceWhenTheConnectionReturns() {
        String username = newUser("REGISTRAR", OFFICE);
        String dying = new CivilClient(api.as(username, PASSWORD)).person("ຄຳມີ", "ສີວົງ", "1941-03-01", OFFICE,
                DISTRICT);
        logInAndPrepare(username);
        browser.go("/births/new");
        browser.find("[data-offline-ready]");
        assertThat(browser.transferredBytes()).as("a later screen, outbox included %s", browser.resources())
                .isLessThanOrEqualTo(30_000);
        takeOffline(dying);
        String tag = unique();

        goOffline();
        browser.go("/births/new");
        for (int i = 1; i <= 3; i++) {
            fillBirth("ນ້ອຍ", "ແກ້ວ", "Noy" + tag + i, TODAY.minusDays(i));
            browser.click("#register");
            browser.waitForText("#outbox-badge-count", String.valueOf(i));
            assertThat(browser.text("#outbox-saved")).contains("not yet registered");
        }
        browser.go("/persons/" + dying);
        registerDeath(TODAY.minusDays(1));
        browser.waitForText("#outbox-badge-count", "4");
        browser.go("/");
        browser.waitUntil(page -> entries("pending").size() == 4);
        assertThat(browser.text("#outbox-count")).isEqualTo("4");
        assertThat(browser.text("#outbox-entries")).contains("Not yet registered", "Noy" + tag + "1", "ຄຳມີ ສີວົງ");
        browser.screenshots("outbox-waiting");
        long events = eventCount();
        assertThat(births(tag)).isZero();

        proxy.up();
        browser.run("window.dispatchEvent(new Event('online'));");

        browser.waitForText("#outbox-badge-count", "0");
        browser.waitUntil(page -> browser.all("#outbox-sent a").size() >= 4);
        assertThat(eventCount() - events).as("three births and a death, each recorded once").isEqualTo(4);
        assertThat(births(tag)).isEqualTo(3);
        assertThat(api.as(username, PASSWORD).get("/api/persons/" + dying).json().get("dateOfDeath").asString())
                .isEqualTo(TODAY.minusDays(1).toString());
        browser.screenshots("outbox-sent");
        List<String> links = browser.all("#outbox-sent a").stream().map(link -> link.getAttribute("href")).toList();
        assertThat(links).anyMatch(link -> link.endsWith("/persons/" + dying));
        String born = links.stream().filter(link -> !link.endsWith(dying)).findFirst().orElseThrow();
        browser.go(born.substring(born.indexOf("/persons/")));
        assertThat(browser.text("#person-name")).contains("ນ້ອຍ ແກ້ວ", "Noy" + tag);

        browser.run("window.dispatchEvent(new Event('online'));");
        browser.go("/");
        assertThat(browser.text("#outbox-count")).isEqualTo("0");
        assertThat(eventCount() - events).as("nothing sent twice").isEqualTo(4);
    }

    @Test
    void refusedEntriesStayWithTheirReasonToBeCorrectedOrDiscardedAndAStaleChangeIsShownWithTheRecordAsItIsNow() {
        String username = newUser("REGISTRAR", OFFICE);
        CivilClient civil = new CivilClient(api.as(username, PASSWORD));
        String person = civil.person("ບົວ", "ພົມມະ", "1950-06-01", OFFICE, DISTRICT);
        logInAndPrepare(username);
        browser.go("/?lang=lo");
        browser.find("html[lang=lo][data-offline-ready]");
        takeOffline(person);
        String corrected = unique();
        String discarded = unique();

        goOffline();
        browser.go("/births/new");
        fillBirth("ບຸນ", "ສີ", "Boun" + corrected, TODAY.plusDays(30));
        browser.click("#register");
        browser.waitForText("#outbox-badge-count", "1");
        fillBirth("ເພັດ", "ສີ", "Phet" + discarded, TODAY.plusDays(40));
        browser.click("#register");
        browser.waitForText("#outbox-badge-count", "2");
        browser.go("/persons/" + person);
        registerDeath(TODAY.minusDays(2));
        browser.waitForText("#outbox-badge-count", "3");
        assertThat(civil.api().post("/api/persons/" + person + "/corrections", """
                {"changes": {"givenNameLatin": "Boua"}, "reason": "Romanized at the district office."}""").status())
                .as("someone else changes the record meanwhile").isEqualTo(200);
        browser.go("/");
        browser.waitUntil(page -> entries("pending").size() == 3);
        browser.screenshots("outbox-waiting");
        long events = eventCount();

        proxy.up();
        browser.go("/");

        browser.waitUntil(page -> entries("refused").size() == 2 && entries("stale").size() == 1);
        assertThat(eventCount()).as("none is recorded").isEqualTo(events);
        assertThat(browser.text("#outbox-badge-count")).isEqualTo("3");
        assertThat(entries("refused").get(0).getText()).contains("ວັນເດືອນປີເກີດຢູ່ໃນອະນາຄົດ.", "Boun" + corrected);
        assertThat(entries("stale").get(0).getText()).contains("Boua");
        browser.screenshots("outbox-refused");
        browser.switchLanguage();
        browser.waitUntil(page -> entries("refused").size() == 2
                && entries("refused").get(0).getText().contains("The date of birth lies in the future."));
        assertThat(entries("stale").get(0).getText()).contains("changed on the registry", "Boua");
        browser.screenshots("outbox-refused");

        entries("stale").get(0).findElement(By.cssSelector(".apply-again")).click();
        browser.waitUntil(page -> entries("stale").isEmpty() && browser.all("#outbox-sent a").size() == 1);
        assertThat(api.as(username, PASSWORD).get("/api/persons/" + person).json().get("dateOfDeath").asString())
                .isEqualTo(TODAY.minusDays(2).toString());

        entries("refused").get(1).findElement(By.cssSelector(".discard")).click();
        browser.waitForText("#outbox-badge-count", "1");
        entries("refused").get(0).findElement(By.cssSelector(".correct")).click();
        browser.find("#outbox-correcting");
        assertThat(browser.find("#givenNameLatin").getAttribute("value")).isEqualTo("Boun" + corrected);
        browser.date("#dateOfBirth", TODAY.minusDays(1));
        browser.click("#register");
        browser.waitUntil(page -> births(corrected) == 1);
        browser.go("/");
        browser.waitUntil(page -> browser.all("#outbox-sent a").size() == 2);
        assertThat(browser.text("#outbox-badge-count")).isEqualTo("0");
        assertThat(births(discarded)).isZero();
    }

    @Test
    void aFamilyBookTakenOfflineIsChangedAndGrowsWithoutAConnection() {
        String username = newUser("REGISTRAR", OFFICE);
        CivilClient civil = new CivilClient(api.as(username, PASSWORD));
        String head = civil.person("ສົມ", "ພອນ", "1970-01-01", OFFICE, DISTRICT);
        String leaving = civil.person("ແສງ", "ພອນ", "1995-01-01", OFFICE, DISTRICT);
        String number = CivilClient.uniqueNumber();
        String book = civil.issueFamilyBook(number, OFFICE, DISTRICT, head).json().get("id").asString();
        assertThat(civil.addMember(book, leaving, "CHILD", "BIRTH", "1995-01-01").status()).isEqualTo(200);
        logInAndPrepare(username);
        browser.go("/family-books/" + book);
        browser.click("#take-offline");
        browser.find("#taken-offline");
        String tag = unique();

        goOffline();
        browser.go("/family-books/" + book);
        browser.click("#remove summary");
        browser.choose("#remove-person", leaving);
        browser.choose("#remove-reason", "MOVED_OUT");
        browser.date("#remove-effectiveDate", TODAY);
        browser.click("#remove-submit");
        browser.waitForText("#outbox-badge-count", "1");
        browser.go("/births/new");
        fillBirth("ດາວ", "ພອນ", "Dao" + tag, TODAY.minusDays(3));
        browser.type("#familyBookNumber", number);
        browser.click("#register");
        browser.waitForText("#outbox-badge-count", "2");
        browser.go("/persons/" + leaving);
        browser.find("#person-name");

        proxy.up();
        browser.run("window.dispatchEvent(new Event('online'));");

        browser.waitForText("#outbox-badge-count", "0");
        assertThat(births(tag)).isEqualTo(1);
        await().untilAsserted(() -> assertThat(api.as(username, PASSWORD).get("/api/family-books/" + book).json()
                .get("members").findValuesAsString("personId")).hasSize(2).contains(head).doesNotContain(leaving));
    }

    @Test
    void entriesMadeOfflineAreSentWithTheDeviceTokenAfterTheSessionEnded() {
        String username = newUser("REGISTRAR", OFFICE);
        logInAndPrepare(username);
        String tag = unique();
        goOffline();
        browser.go("/births/new");
        fillBirth("ພອນ", "ໄຊ", "Phone" + tag, TODAY.minusDays(5));
        browser.click("#register");
        browser.waitForText("#outbox-badge-count", "1");
        browser.forgetSession();

        proxy.up();
        browser.run("window.dispatchEvent(new Event('online'));");

        browser.waitForText("#outbox-badge-count", "0");
        assertThat(births(tag)).isEqualTo(1);
        assertThat(hidden("#outbox-login")).isTrue();
        JsonNode device = admin.get("/api/admin/devices?user=" + username).json().get(0);
        assertThat(device.get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void withoutADeviceEntriesWaitThroughAnEndedSessionAndAreSentAfterTheNextLogin() {
        String username = newUser("REGISTRAR", OFFICE);
        logInAndPrepare(username);
        String tag = unique();
        goOffline();
        browser.go("/births/new");
        fillBirth("ພອນ", "ໄຊ", "Phone" + tag, TODAY.minusDays(5));
        browser.click("#register");
        browser.waitForText("#outbox-badge-count", "1");
        browser.run("localStorage.removeItem(arguments[0]);", "tabien-device:" + username);
        browser.forgetSession();

        proxy.up();
        browser.run("window.dispatchEvent(new Event('online'));");

        browser.find("#outbox-login");
        assertThat(browser.text("#outbox-login")).contains("Log in again");
        assertThat(browser.text("#outbox-badge-count")).isEqualTo("1");
        assertThat(births(tag)).isZero();
        browser.click("#outbox-login a");
        browser.type("#username", username);
        browser.type("#password", PASSWORD);
        browser.click("#login");
        browser.waitUntil(page -> browser.all("#outbox-sent a").size() == 1);
        assertThat(browser.text("#outbox-badge-count")).isEqualTo("0");
        assertThat(births(tag)).isEqualTo(1);
    }

    @Test
    void aRevokedDevicesEntriesAreRefusedKeptAndExplainedUntilTheBrowserIsEnrolledAgain() {
        String username = newUser("REGISTRAR", OFFICE);
        logInAndPrepare(username);
        browser.waitUntil(page -> browser.run("return localStorage.getItem(arguments[0]);",
                "tabien-device:" + username) != null);
        String device = admin.get("/api/admin/devices?user=" + username).json().get(0).get("id").asString();
        String tag = unique();
        goOffline();
        browser.go("/births/new");
        for (int i = 1; i <= 2; i++) {
            fillBirth("ແພງ", "ສີ", "Phaeng" + tag + i, TODAY.minusDays(i));
            browser.click("#register");
            browser.waitForText("#outbox-badge-count", String.valueOf(i));
        }
        assertThat(admin.post("/api/admin/devices/" + device + "/revocation", "").status()).isEqualTo(200);
        long events = eventCount();

        proxy.up();
        browser.go("/");

        browser.waitUntil(page -> !hidden("#outbox-device"));
        assertThat(browser.text("#outbox-device")).contains("was revoked by " + ADMIN, "They stay here in the outbox");
        browser.waitUntil(page -> entries("pending").size() == 2);
        assertThat(browser.text("#outbox-badge-count")).isEqualTo("2");
        assertThat(browser.text("#device-" + device)).contains("revoked by " + ADMIN);
        assertThat(eventCount()).as("nothing recorded").isEqualTo(events);
        assertThat(births(tag)).isZero();
        browser.screenshots("device-revoked");
        browser.switchLanguage();
        browser.waitUntil(page -> browser.text("#outbox-device").contains("ຖືກຍົກເລີກໂດຍ " + ADMIN));
        assertThat(entries("pending")).hasSize(2);
        browser.screenshots("device-revoked");
        browser.run("window.dispatchEvent(new Event('online'));");
        assertThat(births(tag)).as("a refused device sends nothing more").isZero();

        browser.click("#outbox-enrol");

        browser.waitForText("#outbox-badge-count", "0");
        assertThat(births(tag)).isEqualTo(2);
        assertThat(hidden("#outbox-device")).isTrue();
        assertThat(admin.get("/api/admin/devices?user=" + username).json()).hasSize(2);
    }

    @Test
    void aBrowserThatLostItsEnrolmentsAnswerIsEnrolledAgainAsTheSameOneDevice() {
        String username = newUser("REGISTRAR", OFFICE);
        logInAndPrepare(username);
        String first = enrolledDevice(username);
        // As when the page is left before the enrolment's answer arrives: the registry made a device whose token the
        // browser never kept.
        browser.run("localStorage.removeItem(arguments[0]);", "tabien-device:" + username);

        browser.go("/");

        browser.waitUntil(page -> {
            String device = enrolledDevice(username);
            return device != null && !device.equals(first);
        });
        JsonNode devices = admin.get("/api/admin/devices?user=" + username).json();
        assertThat(devices.findValuesAsString("id")).containsExactly(enrolledDevice(username));
        browser.go("/");
        assertThat(browser.all("#devices .device")).hasSize(1);
    }

    private String enrolledDevice(String username) {
        Object kept = browser.run("var d = JSON.parse(localStorage.getItem(arguments[0]) || 'null'); "
                + "return d && d.id;", "tabien-device:" + username);
        return (String) kept;
    }

    private void logInAndPrepare(String username) {
        browser.logIn(username, PASSWORD);
        browser.go("/");
        browser.find("[data-offline-ready]");
        if (!Boolean.TRUE.equals(browser.run("return navigator.serviceWorker.controller !== null;"))) {
            // A page loaded while its worker was still being installed is not controlled by it; the next one is.
            browser.go("/");
            browser.find("[data-offline-ready]");
        }
        browser.waitUntil(page -> Boolean.TRUE.equals(browser.run("return navigator.serviceWorker.controller !== null;")));
    }

    /** Shuts the proxy, and waits until the page itself can no longer reach the registry. */
    private void goOffline() {
        proxy.down();
        browser.waitUntil(page -> "unreachable".equals(browser.runAsync("""
                const done = arguments[arguments.length - 1];
                fetch('/sync', {cache: 'no-store'}).then(() => done('reachable'), () => done('unreachable'));""")));
    }

    private void takeOffline(String person) {
        browser.go("/persons/" + person);
        browser.click("#take-offline");
        browser.find("#taken-offline");
    }

    private void fillBirth(String givenName, String familyName, String givenNameLatin, LocalDate born) {
        browser.type("#givenName", givenName);
        browser.type("#familyName", familyName);
        browser.type("#givenNameLatin", givenNameLatin);
        browser.click("input[name=sex][value=F]");
        browser.date("#dateOfBirth", born);
        browser.choose("#district", DISTRICT);
        browser.type("#village", "ບ້ານນາ");
    }

    private void registerDeath(LocalDate died) {
        browser.click("#death summary");
        browser.date("#dateOfDeath", died);
        browser.choose("#death-district", DISTRICT);
        browser.click("#death-submit");
    }

    private boolean hidden(String css) {
        return Boolean.TRUE.equals(browser.run("return document.querySelector(arguments[0]).hidden;", css));
    }

    private List<WebElement> entries(String state) {
        return browser.all("#outbox-entries li[data-state=" + state + "]");
    }

    private int births(String tag) {
        Integer found = jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like "
                + "'%BirthRegistered' and convert_from(payload, 'UTF8') like ?", Integer.class, "%" + tag + "%");
        return found == null ? 0 : found;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
