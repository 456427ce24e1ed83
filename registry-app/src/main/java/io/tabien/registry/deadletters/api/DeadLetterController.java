package io.tabien.registry.deadletters.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.contracts.deadletters.DeadLetterResolutionId;
import io.tabien.contracts.deadletters.ParkedEvent;
import io.tabien.contracts.deadletters.ResolveDeadLetters;
import io.tabien.registry.deadletters.DeadLetters;
import io.tabien.registry.web.Accepted;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.PageLimit;
import io.tabien.registry.web.RecordId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Events that read models and process steps have parked: listed, retried after a fix, or resolved. */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

    record ResolutionRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    private final DeadLetters deadLetters;
    private final Commands commands;

    DeadLetterController(DeadLetters deadLetters, Commands commands) {
        this.deadLetters = deadLetters;
        this.commands = commands;
    }

    @Operation(summary = "List the events parked in the dead-letter queue")
    @GetMapping
    DeadLetters.Listing list(@RequestParam(required = false) String processingGroup,
                             @RequestParam(defaultValue = "100") @PageLimit int limit) {
        return deadLetters.list(processingGroup, limit);
    }

    @Operation(summary = "Hand a processing group's parked events to its handlers again")
    @PostMapping("/{processingGroup}/retry")
    DeadLetters.Retried retry(@PathVariable String processingGroup) {
        return deadLetters.retry(processingGroup);
    }

    /**
     * Records that the parked events of a sequence need no further handling, then takes them out of the queue. Sent
     * again with the same Idempotency-Key, it records nothing and takes nothing more out (404 once the sequence is
     * empty).
     */
    @Operation(summary = "Resolve a parked sequence, taking its events out of the queue")
    @PostMapping("/{processingGroup}/{sequence}/resolution")
    ResponseEntity<RecordId> resolve(@PathVariable String processingGroup, @PathVariable String sequence,
                                     @Valid @RequestBody ResolutionRequest request) {
        List<ParkedEvent> parked = deadLetters.parked(processingGroup, sequence);
        DeadLetterResolutionId id = DeadLetterResolutionId.random();
        Accepted<DeadLetterResolutionId> accepted = commands.send(id,
                new ResolveDeadLetters(id, processingGroup, sequence, parked, request.reason()), request,
                DeadLetterResolutionId.class);
        if (!accepted.replayed()) {
            deadLetters.evict(processingGroup, sequence, parked);
        }
        return ResponseEntity.created(URI.create("/api/audit/aggregates/" + accepted.result() + "/events"))
                .header(Commands.POSITION, Long.toString(accepted.position()))
                .body(new RecordId(accepted.result().value()));
    }
}
