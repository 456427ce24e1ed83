package io.tabien.registry.webapp;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open the web pages: nobody without a login (sent to the login page) but the login and the published
 * report, nobody with the API's Basic credentials (the pages have a door of their own), and no form sent without the
 * page's CSRF token. What a logged-in user of each role sees is shown by the browser tests.
 */
class PageAccessHttpTest extends IntegrationTest {

    private static final List<String> PAGES = List.of("/", "/births/new", "/births/late?dateOfBirth=2020-01-01",
            "/persons/" + UUID.randomUUID(), "/persons/pick?field=motherId&q=Noy", "/search?q=Noy", "/family-books",
            "/family-books/" + UUID.randomUUID(), "/passports", "/passports/new", "/passports/" + UUID.randomUUID(),
            "/passports/zone?mrzLine2=P1", "/agencies", "/agencies/new", "/agencies/" + UUID.randomUUID(),
            "/contracts/new", "/contracts/" + UUID.randomUUID(), "/labour-flags", "/returns/new");
    /** The pages anyone may open: the login itself and the published report. */
    private static final List<String> PUBLIC_PAGES = List.of("/login", "/report", "/report?year=2020", "/report.csv");

    @Test
    void everyPageSendsAnAnonymousVisitorToTheLoginPage() {
        for (String page : PAGES) {
            Api.Response response = api.anonymous().get(page);
            assertThat(response.status()).as(page).isEqualTo(302);
            assertThat(response.header("Location")).as(page).endsWith("/login");
        }
    }

    @Test
    void thePublicPagesOpenWithoutALogin() {
        for (String page : PUBLIC_PAGES) {
            assertThat(api.anonymous().get(page).status()).as(page).isEqualTo(200);
        }
    }

    @Test
    void theApisBasicCredentialsDoNotOpenThePages() {
        Api registrar = user("REGISTRAR", "LA-XE");
        for (String page : PAGES) {
            assertThat(registrar.get(page).status()).as(page).isEqualTo(302);
        }
    }

    @Test
    void aFormSentWithoutThePagesCsrfTokenRecordsNothing() {
        long events = eventCount();

        Api.Response response = api.anonymous().send("POST", "/births", "application/x-www-form-urlencoded",
                "givenName=A&familyName=B&sex=F&dateOfBirth=2020-01-01&province=LA-XE&district=1501");

        assertThat(response.status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void scriptsStylesAndTheFontArePublicAndCachedForAYear() {
        Api.Response font = api.anonymous().get("/fonts/NotoSansLao-Regular.ttf");
        assertThat(font.status()).isEqualTo(200);
        assertThat(font.header("Cache-Control")).contains("max-age=31536000");
        assertThat(api.anonymous().get("/fonts/OFL.txt").body()).contains("SIL Open Font License");
        Api.Response htmx = api.anonymous().get("/webjars/htmx.org/2.0.8/dist/htmx.min.js");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.header("Cache-Control")).contains("max-age=31536000");
        String login = api.anonymous().get("/login").body();
        String stylesheet = login.replaceAll("(?s).*href=\"(/css/tabien-[0-9a-f]+\\.css)\".*", "$1");
        assertThat(stylesheet).as("the stylesheet is named by its content").matches("/css/tabien-[0-9a-f]{32}\\.css");
        assertThat(api.anonymous().get(stylesheet).header("Cache-Control")).contains("max-age=31536000");
    }
}
