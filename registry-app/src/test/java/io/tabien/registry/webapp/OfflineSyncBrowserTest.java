package io.tabien.registry.webapp;

import io.tabien.registry.support.Browser;
import io.tabien.registry.support.BrowserTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A logged-in page sends a batch of entries to /sync with its session and CSRF token, as the outbox will. */
class OfflineSyncBrowserTest extends BrowserTest {

    /** Posts a batch from the page: with the page's CSRF token when {@code withToken}; answers status and body. */
    private static final String POST_BATCH = """
            const [batch, withToken, done] = arguments;
            const headers = {'Content-Type': 'application/json'};
            const token = document.querySelector('meta[name="_csrf"]');
            const header = document.querySelector('meta[name="_csrf_header"]');
            if (withToken && token) { headers[header.content] = token.content; }
            fetch('/sync', {method: 'POST', headers: headers, body: batch, redirect: 'manual'})
                .then(response => response.text().then(body => done({status: response.status, body: body})))
                .catch(error => done({status: -1, body: String(error)}));""";

    @Test
    void aLoggedInPageSendsItsOutboxWithItsTokenAndIsToldToLogInAgainWithoutASession() {
        Browser browser = browser();
        logInAsRegistrar("LA-XE");
        String key = UUID.randomUUID().toString();
        String batch = """
                {"entries": [{"kind": "birth", "idempotencyKey": "%s", "recordedAt": "%s",
                  "body": {"givenName": "ແສງ", "familyName": "ຈັນ", "sex": "M", "dateOfBirth": "2026-01-05",
                           "placeOfBirth": {"province": "LA-XE", "district": "1501"}}}]}"""
                .formatted(key, Instant.now().minusSeconds(60));

        Map<?, ?> sent = (Map<?, ?>) browser.runAsync(POST_BATCH, batch, true);
        assertThat(sent.get("status")).isEqualTo(200L);
        assertThat((String) sent.get("body")).contains("\"idempotencyKey\":\"" + key + "\"", "\"status\":201");

        long events = eventCount();
        Map<?, ?> withoutToken = (Map<?, ?>) browser.runAsync(POST_BATCH, batch.replace(key, key + "-2"), false);
        assertThat(withoutToken.get("status")).isEqualTo(403L);
        assertThat(eventCount()).isEqualTo(events);

        browser.logOut();
        Map<?, ?> loggedOut = (Map<?, ?>) browser.runAsync(POST_BATCH, batch.replace(key, key + "-3"), true);
        assertThat(loggedOut.get("status")).as("%s", loggedOut).isIn(401L, 403L);
        assertThat(eventCount()).isEqualTo(events);
    }
}
