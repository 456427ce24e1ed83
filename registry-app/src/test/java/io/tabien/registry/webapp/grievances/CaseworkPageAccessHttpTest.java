package io.tabien.registry.webapp.grievances;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labour attaché's and the auditor's pages open only to a session login, and a form sent without the page's
 * CSRF token records nothing.
 */
class CaseworkPageAccessHttpTest extends IntegrationTest {

    private static final List<String> PAGES = List.of("/grievances/new", "/grievances", "/grievances/referrals",
            "/grievances/" + UUID.randomUUID(), "/audit/events", "/audit/records/" + UUID.randomUUID(),
            "/audit/verification", "/audit/verification/heads", "/audit/replays", "/audit/report",
            "/audit/report.csv?year=2026");

    @Test
    void everyPageSendsAnAnonymousVisitorToTheLoginPageAndIgnoresBasicCredentials() {
        Api auditor = user("AUDITOR", null);
        for (String page : PAGES) {
            Api.Response anonymous = api.anonymous().get(page);
            assertThat(anonymous.status()).as(page).isEqualTo(302);
            assertThat(anonymous.header("Location")).as(page).endsWith("/login");
            assertThat(auditor.get(page).status()).as(page).isEqualTo(302);
        }
    }

    @Test
    void aGrievanceSentWithoutThePagesCsrfTokenRecordsNothing() {
        long events = eventCount();

        Api.Response response = api.anonymous().send("POST", "/grievances", "application/x-www-form-urlencoded",
                "employerName=E&country=TH&channel=HOTLINE&categories=WAGE_THEFT&narrative=N&workerName=W"
                        + "&reportedOn=2026-01-01");

        assertThat(response.status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(events);
    }
}
