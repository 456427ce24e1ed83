package io.tabien.registry.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.registry.audit.access.AccessLog;
import io.tabien.registry.audit.chain.ChainVerification;
import io.tabien.registry.audit.chain.ChainVerifier;
import io.tabien.registry.audit.chain.Checkpoint;
import io.tabien.registry.audit.chain.EventChain;
import io.tabien.registry.audit.chain.SigningKeys;
import io.tabien.registry.audit.history.EventHistory;
import io.tabien.registry.audit.replay.Replays;
import io.tabien.registry.audit.state.AggregateStates;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.web.InvalidFields;
import io.tabien.registry.web.PageLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What auditors read: the history, records as they stood, rebuilds of projections, and the chain's integrity. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    record ReplayRequest(@NotBlank String processingGroup) {
    }

    record Checkpoints(String algorithm, String publicKey, List<Checkpoint> checkpoints) {
    }

    private final EventHistory history;
    private final AggregateStates states;
    private final Replays replays;
    private final EventChain chain;
    private final SigningKeys keys;
    private final ChainVerification verification;
    private final AccessLog accessLog;

    AuditController(EventHistory history, AggregateStates states, Replays replays, EventChain chain, SigningKeys keys,
                    ChainVerification verification, AccessLog accessLog) {
        this.history = history;
        this.states = states;
        this.replays = replays;
        this.chain = chain;
        this.keys = keys;
        this.verification = verification;
        this.accessLog = accessLog;
    }

    /**
     * Events by global index: forwards after {@code after}, or, with {@code order=desc}, backwards from
     * {@code before} (default: the newest). Follow {@code next} for the following page. Events carry the records'
     * personal data (a grievance's case file sealed), so the records on the page are logged as read.
     */
    @Operation(summary = "Page through the event store by global index")
    @GetMapping("/events")
    EventHistory.Page events(@RequestParam(required = false) @Min(0) Long after,
                             @RequestParam(required = false) @Min(0) Long before,
                             @RequestParam(defaultValue = "asc") String order,
                             @RequestParam(defaultValue = "100") @PageLimit int limit,
                             @RequestParam(required = false) String type,
                             @RequestParam(required = false) String actor,
                             @RequestParam(required = false) String aggregateId,
                             @RequestParam(required = false) Instant from,
                             @RequestParam(required = false) Instant to) {
        if (!"asc".equalsIgnoreCase(order) && !"desc".equalsIgnoreCase(order)) {
            throw new InvalidFields(List.of(new InvalidFields.FieldProblem("order", "must be asc or desc")));
        }
        EventHistory.Filter filter = new EventHistory.Filter(type, actor, aggregateId, from, to);
        EventHistory.Page page = "desc".equalsIgnoreCase(order) || before != null
                ? history.backwards(before, limit, filter)
                : history.forwards(after == null ? 0 : after, limit, filter);
        accessLog.readRecords(EventHistory.recordsOf(page.events()), false);
        return page;
    }

    /** A read of the record, logged as one of its kind; a grievance's events hold its case file sealed. */
    @Operation(summary = "Read every event of one record")
    @GetMapping("/aggregates/{id}/events")
    List<EventHistory.AuditEvent> stream(@PathVariable UUID id) {
        List<EventHistory.AuditEvent> events = history.stream(id.toString());
        if (events.isEmpty()) {
            throw new NotFound("record", id);
        }
        accessLog.readRecords(EventHistory.recordsOf(events), false);
        return events;
    }

    /**
     * The record as it stood at {@code asOf} (default now), in the shape its read endpoint answers; a read of the
     * record, logged as one of its kind, a grievance's with its case file opened (and the {@code purpose} given, if
     * any).
     */
    @Operation(summary = "Read a record as it stood at a moment")
    @GetMapping("/aggregates/{id}/state")
    AggregateStates.StateAsOf state(@PathVariable UUID id, @RequestParam(required = false) Instant asOf) {
        AggregateStates.StateAsOf state = states.asOf(id, asOf == null ? Instant.now() : asOf)
                .orElseThrow(() -> new NotFound("record as of that moment", id));
        accessLog.readRecords(Map.of(state.aggregateType(), List.of(id)), true);
        return state;
    }

    @Operation(summary = "Rebuild a projection from the first event")
    @PostMapping("/replays")
    ResponseEntity<Replays.Progress> replay(@Valid @RequestBody ReplayRequest request) {
        Replays.Progress started = replays.start(request.processingGroup());
        return ResponseEntity.accepted().location(URI.create("/api/audit/replays/" + started.id())).body(started);
    }

    @Operation(summary = "Follow the progress of a rebuild")
    @GetMapping("/replays/{id}")
    Replays.Progress replay(@PathVariable UUID id) {
        return replays.progress(id).orElseThrow(() -> new NotFound("replay", id));
    }

    /**
     * Recomputes the chain (from a checkpoint's chain position, default the first event), checks the checkpoints
     * against the registry's own key and this node's heads file, and that every settled event is chained once.
     */
    @Operation(summary = "Verify the hash chain and its signed checkpoints")
    @GetMapping("/verification")
    ChainVerifier.Report verification(@RequestParam(defaultValue = "0") @Min(0) long from) throws SQLException {
        return verification.verify(from);
    }

    @Operation(summary = "List the signed checkpoints and the public key")
    @GetMapping("/checkpoints")
    Checkpoints checkpoints(@RequestParam(defaultValue = "100") @PageLimit int limit) {
        return new Checkpoints("Ed25519", keys.publicKey(), chain.checkpoints(limit));
    }
}
