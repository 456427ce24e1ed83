package io.tabien.registry.webapp;

import io.tabien.registry.sync.Sync;
import io.tabien.registry.sync.SyncBatch;
import io.tabien.registry.sync.SyncResults;
import io.tabien.registry.web.Commands;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.Map;

/**
 * The outbox of a logged-in page sends its entries here: {@code POST /api/sync}'s batch and answers, by the same
 * service, behind the web pages' session and CSRF protection instead of HTTP Basic, with the session's user as actor.
 * Each entry is judged as the API would judge it alone. Without a session the answer is 401, and without the page's
 * CSRF token 403, so that the page can ask the user to log in again and keep its entries.
 */
@Controller
class OfflineSync {

    private final Sync sync;

    OfflineSync(Sync sync) {
        this.sync = sync;
    }

    /**
     * Whether the registry can be reached with the session still open, and the CSRF token a batch must carry: a page
     * the service worker answered from its cache holds the token of an older session.
     */
    @GetMapping(path = "/sync", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, String>> ready(CsrfToken csrf) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("header", csrf.getHeaderName(), "token", csrf.getToken()));
    }

    @PostMapping(path = "/sync", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SyncResults sync(@RequestBody SyncBatch batch,
                     @RequestHeader(name = Commands.CORRELATION_ID, required = false) String correlationId) {
        return sync.sync(batch, correlationId);
    }
}
