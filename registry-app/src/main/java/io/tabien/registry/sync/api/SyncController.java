package io.tabien.registry.sync.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.registry.sync.Sync;
import io.tabien.registry.sync.SyncBatch;
import io.tabien.registry.sync.SyncResults;
import io.tabien.registry.web.Commands;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SyncController {

    private final Sync sync;

    SyncController(Sync sync) {
        this.sync = sync;
    }

    /** Records a batch of writes captured on a client; answers 200 with each entry's own answer, in their order. */
    @Operation(summary = "Send a batch of writes captured offline; each entry is answered as its endpoint would")
    @PostMapping("/api/sync")
    SyncResults sync(@RequestBody SyncBatch batch,
                     @RequestHeader(name = Commands.CORRELATION_ID, required = false) String correlationId) {
        return sync.sync(batch, correlationId);
    }
}
