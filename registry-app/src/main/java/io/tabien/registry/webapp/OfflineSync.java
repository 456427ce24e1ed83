package io.tabien.registry.webapp;

import io.tabien.registry.sync.Sync;
import io.tabien.registry.sync.SyncBatch;
import io.tabien.registry.sync.SyncResults;
import io.tabien.registry.web.Commands;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The outbox of the web app sends what was entered offline here, in the logged-in registrar's session: the same
 * batches and the same answers as {@code POST /api/sync}, by the same service, with the session's user as actor.
 */
@RestController
class OfflineSync {

    private final Sync sync;

    OfflineSync(Sync sync) {
        this.sync = sync;
    }

    /**
     * Whether the registry can be reached with the session still open, and the CSRF token a batch must carry: a page
     * the service worker answered from its cache holds a token of an older session.
     */
    @GetMapping("/app/sync")
    ResponseEntity<Map<String, String>> ready(CsrfToken csrf) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("header", csrf.getHeaderName(), "token", csrf.getToken()));
    }

    @PostMapping("/app/sync")
    SyncResults sync(@RequestBody SyncBatch batch,
                     @RequestHeader(name = Commands.CORRELATION_ID, required = false) String correlationId) {
        return sync.sync(batch, correlationId);
    }
}
