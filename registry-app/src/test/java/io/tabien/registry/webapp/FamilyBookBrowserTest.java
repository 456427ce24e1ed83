package io.tabien.registry.webapp;

import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import io.tabien.registry.support.CivilClient;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A family book from its issue to a member's removal, as a registrar keeps it in the browser. */
class FamilyBookBrowserTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    @Test
    void registrarIssuesAnExtractFromTheBooksPageAndSeesItListed() {
        Browser browser = browser();
        String username = newUser("REGISTRAR", "LA-XE");
        CivilClient civil = new CivilClient(api.as(username, PASSWORD));
        String head = civil.person("ສຸກ", "ພົມມາ", "1975-03-03", "LA-XE", "1501");
        String book = civil.familyBook("LA-XE", "1501", head);
        browser.logIn(username, PASSWORD);
        browser.go("/family-books/" + book);
        browser.find("#no-certificates");
        long events = eventCount();

        browser.click("#issue-certificate summary");
        browser.type("#certificate-name", "ທ້າວ ສຸກ ພົມມາ");
        browser.type("#certificate-relationship", "head of household");
        browser.type("#certificate-identityDocument", "ID 777");
        browser.click("#certificate-submit");

        browser.find("#certificate-issued");
        assertThat(eventCount()).isEqualTo(events + 1);
        assertThat(browser.text("#certificates tr.certificate")).contains("Family book extract", "In force");
        browser.screenshots("family-book-extract-issued");
    }

    @Test
    void registrarIssuesABookAddsAMemberChangesTheHeadReplacesTheBookAndRemovesAMember() {
        Browser browser = browser();
        String username = newUser("REGISTRAR", "LA-XE");
        CivilClient civil = new CivilClient(api.as(username, PASSWORD));
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String head = civil.registerBirth("ບຸນ", "ສີລາ", "Boun" + unique, "1970-02-02", "LA-XE", "1501", null, null)
                .json().get("id").asString();
        String child = civil.registerBirth("ແກ້ວ", "ສີລາ", "Keo" + unique, "1995-06-06", "LA-XE", "1501", null, null)
                .json().get("id").asString();
        String number = "FB-" + unique;
        browser.logIn(username, PASSWORD);

        browser.go("/family-books");
        browser.type("#bookNumber", number);
        browser.choose("#district", "1501");
        browser.type("#village", "ບ້ານໜອງ");
        browser.type("#headPersonId-search", "Boun" + unique);
        browser.click("#headPersonId-results input[value='" + head + "']");
        browser.screenshots("family-book-issue");
        browser.click("#issue");

        browser.find("#book-done");
        assertThat(browser.text("#book-number")).contains(number);
        assertThat(browser.text("#book")).contains("ບຸນ ສີລາ", "ບ້ານໜອງ");
        String book = browser.path().replaceAll("^/family-books/([^?]+).*$", "$1");

        addMember(browser, child, "Keo" + unique);
        done(browser, "added");
        assertThat(browser.all(".member")).hasSize(2);

        long events = eventCount();
        addMember(browser, child, "Keo" + unique);
        assertThat(browser.text("#add #form-errors")).isEqualTo("This person is already a member of this household.");
        assertThat(eventCount()).isEqualTo(events);

        browser.click("#head summary");
        browser.choose("#head-person", child);
        browser.click("#head-submit");
        done(browser, "head");
        assertThat(browser.text("#book")).contains("ແກ້ວ ສີລາ");

        browser.click("#replace summary");
        browser.type("#newBookNumber", number + "-2");
        browser.choose("#replace-reason", "LOST");
        browser.click("#replace-submit");
        done(browser, "replaced");
        assertThat(browser.text("#book-number")).contains(number + "-2");
        assertThat(browser.text("#previous-numbers")).isEqualTo(number);

        browser.go("/family-books?number=" + number + "&district=1501");
        browser.waitForPath("/family-books/" + book);

        browser.click("#remove summary");
        browser.choose("#remove-person", head);
        browser.choose("#remove-reason", "MOVED_OUT");
        browser.date("#remove-effectiveDate", TODAY);
        browser.click("#remove-submit");
        done(browser, "removed");
        assertThat(browser.all(".member")).hasSize(1);
        assertThat(browser.text("#history")).contains("Family book issued", "Member added", "Head of household changed",
                "Family book replaced", "Member removed");
        browser.screenshots("family-book");
        browser.switchLanguage();
        assertThat(browser.text("#history")).contains("ອອກປຶ້ມສຳມະໂນຄົວ", "ຍ້າຍສະມາຊິກອອກ");
        browser.screenshots("family-book");
        browser.switchLanguage();
    }

    @Test
    void aBookNumberNotRecordedInTheDistrictIsSaidSo() {
        Browser browser = browser();
        logInAsRegistrar("LA-XE");

        browser.go("/family-books?number=none-" + UUID.randomUUID() + "&district=1501");

        browser.find("#book-not-found");
    }

    /**
     * Waits for the page the change led to, not the notice of the one before it: a form that can wait in the outbox is
     * sent once the page has made sure the registry answers.
     */
    private static void done(Browser browser, String change) {
        browser.waitUntil(page -> browser.path().contains("?" + change));
        browser.find("#book-done");
    }

    private static void addMember(Browser browser, String person, String name) {
        browser.click("#add summary");
        browser.type("#personId-search", name);
        browser.click("#personId-results input[value='" + person + "']");
        browser.choose("#add-relationship", "CHILD");
        browser.choose("#add-reason", "BIRTH");
        browser.date("#add-effectiveDate", LocalDate.of(1995, 6, 6));
        browser.click("#add-submit");
    }
}
