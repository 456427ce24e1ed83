package io.tabien.registry.webapp.grievances;

import io.tabien.registry.support.ProxiedBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attaché's grievance intake without a connection, at a shelter or a worksite. The browser reaches the registry
 * only through a proxy on the loopback interface; shutting the proxy cuts it off as a lost link would, service worker
 * included.
 */
class OfflineGrievanceBrowserTest extends ProxiedBrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    /** Everything the outbox holds in the browser's storage, entries waiting and entries sent, as JSON. */
    private static final String OUTBOX = """
            const done = arguments[arguments.length - 1];
            const opening = indexedDB.open('tabien-outbox', 1);
            opening.onsuccess = () => {
                const stores = opening.result.transaction(['entries', 'sent'], 'readonly');
                const held = {};
                stores.objectStore('entries').getAll().onsuccess = read => held.entries = read.target.result;
                stores.objectStore('sent').getAll().onsuccess = read => held.sent = read.target.result;
                stores.oncomplete = () => { opening.result.close(); done(JSON.stringify(held)); };
            };
            opening.onerror = () => done('unreadable');""";

    /** The paths of everything the service worker's caches hold. */
    private static final String CACHED = """
            const done = arguments[arguments.length - 1];
            caches.keys()
                .then(names => Promise.all(names.map(name => caches.open(name).then(cache => cache.keys()))))
                .then(kept => done([].concat(...kept).map(request => new URL(request.url).pathname)));""";

    /** Asks the service worker to keep a page, as a "take offline" button does; answers the worker's reply. */
    private static final String KEEP = """
            const [path, done] = arguments;
            navigator.serviceWorker.ready.then(registration => {
                const channel = new MessageChannel();
                channel.port1.onmessage = answer => done(answer.data);
                registration.active.postMessage({keep: [path]}, [channel.port2]);
            });""";

    /** Rewrites the kept intake form as if it had been kept on an earlier day; answers whether it held today. */
    private static final String KEPT_EARLIER = """
            const [today, earlier, done] = arguments;
            caches.keys().then(names => caches.open(names.find(name => name.startsWith('tabien-offline-'))))
                .then(cache => cache.match('/grievances/new').then(kept => kept.text()).then(html => {
                    if (html.indexOf('value="' + today + '"') < 0) return 'not today';
                    return cache.put('/grievances/new', new Response(html.replace('value="' + today + '"',
                        'value="' + earlier + '"'), {headers: {'Content-Type': 'text/html;charset=UTF-8'}}))
                        .then(() => 'kept earlier');
                }))
                .then(done, failure => done(String(failure)));""";

    @Test
    void attachesGrievanceEnteredOfflineIsSyncedToItsCaseAndAnotherCountrysAttacheIsRefusedItOnScreen() {
        String username = newUser("LABOUR_ATTACHE", "TH");
        logInAndPrepare(username);
        String tag = unique();
        String narrative = "ນາຍຈ້າງເກັບໜັງສືຜ່ານແດນຂອງນາງໄວ້ ແລະ ບໍ່ຈ່າຍຄ່າຈ້າງສາມເດືອນ " + tag;

        goOffline();
        browser.go("/grievances/new");
        assertThat(browser.find("#country").getAttribute("value")).isEqualTo("TH");
        fillGrievance("Songkhla Seafood " + tag, "TH", TODAY.minusDays(1), narrative);
        browser.click("#grievance-submit");
        browser.waitForText("#outbox-badge-count", "1");
        assertThat(browser.text("#outbox-saved")).contains("not yet registered");
        assertThat(browser.find("#narrative").getAttribute("value")).as("the form is cleared for the next").isEmpty();
        browser.screenshots("grievance-offline-kept");
        Map<?, ?> waiting = (Map<?, ?>) ((List<?>) outbox().get("entries")).get(0);
        assertThat(waiting.get("kind")).isEqualTo("grievance");
        assertThat((String) waiting.get("key")).matches("[0-9a-f-]{36}");
        assertThat(((Map<?, ?>) waiting.get("body")).get("narrative")).isEqualTo(narrative);
        assertThat(((Map<?, ?>) waiting.get("body")).get("categories"))
                .isEqualTo(List.of("RETENTION_OF_IDENTITY_DOCUMENTS", "WITHHOLDING_OF_WAGES"));

        browser.go("/");
        browser.waitUntil(page -> entries("pending").size() == 1);
        assertThat(browser.text("#outbox-entries")).contains("Grievance", "Songkhla Seafood " + tag,
                "Not yet registered").doesNotContain(narrative);
        browser.screenshots("grievance-offline-waiting");
        long events = eventCount();
        assertThat(grievances(tag)).isZero();

        proxy.up();
        browser.run("window.dispatchEvent(new Event('online'));");

        browser.waitForText("#outbox-badge-count", "0");
        browser.waitUntil(page -> browser.all("#outbox-sent a").size() == 1);
        assertThat(eventCount() - events).as("the grievance, recorded once").isEqualTo(1);
        assertThat(grievances(tag)).isEqualTo(1);
        assertThat(outbox().toString()).as("the worker's account leaves the browser once the registry has it")
                .doesNotContain(narrative).contains("Songkhla Seafood " + tag);
        assertThat(browser.text("#outbox-sent")).contains("Registered", "Grievance", "Songkhla Seafood " + tag);
        browser.screenshots("grievance-offline-sent");
        browser.switchLanguage();
        browser.waitUntil(page -> browser.all("#outbox-sent a").size() == 1
                && browser.text("#outbox-sent").contains("ຄຳຮ້ອງທຸກ"));
        browser.screenshots("grievance-offline-sent");
        browser.switchLanguage();

        browser.waitUntil(page -> browser.all("#outbox-sent a").size() == 1);
        String link = browser.find("#outbox-sent a").getAttribute("href");
        String grievance = link.substring(link.indexOf("/grievances/") + "/grievances/".length());
        browser.click("#outbox-sent a");
        browser.type("#purpose", "Taking in the grievance");
        browser.click("#purpose-submit");
        assertThat(browser.text("#worker-name")).isEqualTo("ນາງ ແສງ");
        assertThat(browser.text("#narrative")).isEqualTo(narrative);
        assertThat(browser.text("#status")).isEqualTo("Open");

        Map<?, ?> kept = (Map<?, ?>) browser.runAsync(KEEP, "/grievances/" + grievance);
        assertThat(kept.get("done")).as("a case page is never kept offline").isEqualTo(false);
        assertThat(cached()).as("the shell is kept").contains("/", "/grievances/new")
                .noneMatch(path -> path.startsWith("/grievances/") && !path.equals("/grievances/new"));
        goOffline();
        browser.go("/grievances/" + grievance);
        assertThat(browser.all("#narrative")).as("nothing of the case without the registry").isEmpty();
        proxy.up();

        browser.logIn(newUser("LABOUR_ATTACHE", "MY"), PASSWORD);
        browser.go("/grievances/" + grievance);
        assertThat(browser.text("#case-file-restricted"))
                .isEqualTo("This case file is read by the labour attaché in TH and by auditors only.");
        assertThat(browser.all("#case-file")).isEmpty();
        assertThat(browser.all("#narrative")).isEmpty();
        assertThat(browser.find("body").getText()).doesNotContain(narrative);
        browser.screenshots("grievance-offline-restricted");
    }

    @Test
    void grievancesTheRegistryRefusesStayWithTheirReasonInTheChosenLanguageToBeCorrectedOrDiscarded() {
        String username = newUser("LABOUR_ATTACHE", "TH");
        logInAndPrepare(username);
        browser.go("/?lang=lo");
        browser.find("html[lang=lo][data-offline-ready]");
        String corrected = unique();
        String discarded = unique();

        goOffline();
        browser.go("/grievances/new");
        fillGrievance("Penang Garments " + corrected, "MY", TODAY.minusDays(2), "ບໍ່ໄດ້ຮັບຄ່າຈ້າງ " + corrected);
        browser.click("#grievance-submit");
        browser.waitForText("#outbox-badge-count", "1");
        fillGrievance("Chiang Mai Farm " + discarded, "TH", TODAY.plusDays(10), "ຖືກຂັງໄວ້ " + discarded);
        browser.click("#grievance-submit");
        browser.waitForText("#outbox-badge-count", "2");
        browser.go("/");
        browser.waitUntil(page -> entries("pending").size() == 2);
        assertThat(browser.text("#outbox-entries")).contains("ຄຳຮ້ອງທຸກ");
        browser.screenshots("grievance-offline-waiting");
        long events = eventCount();

        proxy.up();
        browser.go("/");

        browser.waitUntil(page -> entries("refused").size() == 2);
        assertThat(eventCount()).as("none is recorded").isEqualTo(events);
        assertThat(browser.text("#outbox-badge-count")).isEqualTo("2");
        assertThat(entries("refused").get(0).getText()).contains("Penang Garments " + corrected,
                "ທູດແຮງງານດຳເນີນການສະເພາະຄຳຮ້ອງທຸກໃນປະເທດຂອງຕົນ.");
        assertThat(entries("refused").get(1).getText()).contains("Chiang Mai Farm " + discarded,
                "ວັນທີແຈ້ງຢູ່ໃນອະນາຄົດ.");
        browser.screenshots("grievance-offline-refused");
        browser.switchLanguage();
        browser.waitUntil(page -> entries("refused").size() == 2 && entries("refused").get(0).getText()
                .contains("A labour attaché acts on grievances in their own country only."));
        assertThat(entries("refused").get(1).getText()).contains("The date reported lies in the future.");
        browser.screenshots("grievance-offline-refused");

        entries("refused").get(1).findElement(By.cssSelector(".discard")).click();
        browser.waitForText("#outbox-badge-count", "1");
        entries("refused").get(0).findElement(By.cssSelector(".correct")).click();
        browser.find("#outbox-correcting");
        assertThat(browser.find("#employerName").getAttribute("value")).isEqualTo("Penang Garments " + corrected);
        assertThat(browser.find("#country").getAttribute("value")).isEqualTo("MY");
        assertThat(browser.find("#category-WITHHOLDING_OF_WAGES").isSelected()).isTrue();
        assertThat(browser.find("#category-WAGE_THEFT").isSelected()).isFalse();
        assertThat(browser.find("#channel-OUTREACH").isSelected()).isTrue();
        assertThat(browser.find("#narrative").getAttribute("value")).isEqualTo("ບໍ່ໄດ້ຮັບຄ່າຈ້າງ " + corrected);
        browser.type("#country", "TH");
        browser.click("#grievance-submit");
        browser.waitUntil(page -> grievances(corrected) == 1);
        browser.go("/");
        browser.waitUntil(page -> browser.all("#outbox-sent a").size() == 1);
        assertThat(browser.text("#outbox-badge-count")).isEqualTo("0");
        assertThat(eventCount() - events).as("the corrected grievance alone").isEqualTo(1);
        assertThat(grievances(discarded)).isZero();
        assertThat(outbox().toString()).doesNotContain("ບໍ່ໄດ້ຮັບຄ່າຈ້າງ").doesNotContain("ຖືກຂັງໄວ້");
    }

    @Test
    void anIntakeFormKeptOnAnEarlierDayIsFilledInWithTheDayItIsUsedOn() {
        logInAndPrepare(newUser("LABOUR_ATTACHE", "TH"));
        assertThat(browser.runAsync(KEPT_EARLIER, TODAY.toString(), TODAY.minusDays(5).toString()))
                .isEqualTo("kept earlier");

        goOffline();
        browser.go("/grievances/new");

        assertThat(browser.find("#reportedOn").getAttribute("value")).isEqualTo(TODAY.toString());
        String tag = unique();
        fillGrievance("Kedah Palm Oil " + tag, "TH", TODAY, "ບໍ່ມີນ້ຳດື່ມ " + tag);
        browser.click("#grievance-submit");
        browser.waitForText("#outbox-badge-count", "1");
        assertThat(browser.find("#reportedOn").getAttribute("value")).as("the form cleared for the next")
                .isEqualTo(TODAY.toString());
        assertThat(browser.find("#employerName").getAttribute("value")).isEmpty();

        proxy.up();
        browser.run("window.dispatchEvent(new Event('online'));");
        browser.waitForText("#outbox-badge-count", "0");
        assertThat(grievances(tag)).isEqualTo(1);
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
        browser.waitUntil(page -> Boolean.TRUE.equals(
                browser.run("return navigator.serviceWorker.controller !== null;")));
    }

    /** Shuts the proxy, and waits until the page itself can no longer reach the registry. */
    private void goOffline() {
        proxy.down();
        browser.waitUntil(page -> "unreachable".equals(browser.runAsync("""
                const done = arguments[arguments.length - 1];
                fetch('/sync', {cache: 'no-store'}).then(() => done('reachable'), () => done('unreachable'));""")));
    }

    private void fillGrievance(String employer, String country, LocalDate reportedOn, String narrative) {
        browser.type("#workerName", "ນາງ ແສງ");
        browser.type("#employerName", employer);
        browser.type("#city", "Songkhla");
        browser.type("#country", country);
        browser.date("#reportedOn", reportedOn);
        browser.click("#channel-OUTREACH");
        browser.click("#category-RETENTION_OF_IDENTITY_DOCUMENTS");
        browser.click("#category-WITHHOLDING_OF_WAGES");
        browser.type("#narrative", narrative);
    }

    private Map<?, ?> outbox() {
        Object held = browser.runAsync(OUTBOX);
        assertThat(held).isNotEqualTo("unreadable");
        return tools.jackson.databind.json.JsonMapper.builder().build().readValue((String) held, Map.class);
    }

    private List<String> cached() {
        return ((List<?>) browser.runAsync(CACHED)).stream().map(String::valueOf).toList();
    }

    private List<WebElement> entries(String state) {
        return browser.all("#outbox-entries li[data-state=" + state + "]");
    }

    /** Grievances registered whose employer carries the tag: the employer's name is stored in the clear. */
    private int grievances(String tag) {
        Integer found = jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like "
                + "'%GrievanceRegistered' and convert_from(payload, 'UTF8') like ?", Integer.class, "%" + tag + "%");
        return found == null ? 0 : found;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
