package io.tabien.registry.webapp;

import io.tabien.registry.sync.Sync;
import io.tabien.registry.sync.SyncBatch;
import io.tabien.registry.sync.SyncResults;
import io.tabien.registry.web.Commands;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The outbox of a logged-in page sends its entries here: {@code POST /api/sync}'s batch and answers, behind the web
 * pages' session and CSRF protection instead of HTTP Basic. Each entry is judged as the API would judge it alone.
 * Without a session the answer is 401, and without the page's CSRF token 403, so that the page can ask the user to
 * log in again and keep its entries.
 */
@Controller
class OfflineSync {

    private final Sync sync;

    OfflineSync(Sync sync) {
        this.sync = sync;
    }

    @PostMapping(path = "/sync", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SyncResults sync(@RequestBody SyncBatch batch,
                     @RequestHeader(name = Commands.CORRELATION_ID, required = false) String correlationId) {
        return sync.sync(batch, correlationId);
    }
}
