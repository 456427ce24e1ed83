package io.tabien.registry.audit.replay;

import io.tabien.registry.platform.axon.ParkedProcessingGroups;
import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds a projection from the first event while the registry keeps serving: the projection's processor is
 * stopped, its tables cleared by its reset handler, and started again from the beginning. The read models share one
 * processor, so rebuilding one rebuilds all of them, and each is incomplete until it is done. Progress is measured
 * against the head of the store when the replay started.
 */
@Component
public class Replays {

    public enum State { RUNNING, DONE, FAILED }

    public record Progress(UUID id, String processingGroup, State state, long position, long head, double percent,
                           double eventsPerSecond, Instant startedAt, Instant finishedAt, String failure) {
    }

    /** Processors that are not projections: resetting them would repeat actions or break the chain. */
    private static final Set<String> NOT_REPLAYABLE = Set.of("audit-chain", "household-automation",
            "passport-automation");

    /** How long a processor may keep failing before its replay is given up (it retries a failed batch meanwhile). */
    private static final Duration FAILING_FOR_LONG = Duration.ofSeconds(30);

    private final EventProcessingConfiguration processing;
    private final ParkedProcessingGroups groups;
    private final ProjectionProgress progress;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<UUID, Replay> replays = new ConcurrentHashMap<>();

    Replays(EventProcessingConfiguration processing, ParkedProcessingGroups groups, ProjectionProgress progress,
            JdbcTemplate jdbc, Clock clock) {
        this.processing = processing;
        this.groups = groups;
        this.progress = progress;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Progress start(String processingGroup) {
        StreamingEventProcessor processor = progress.processorOf(processingGroup)
                .filter(candidate -> replayable().contains(processingGroup))
                .orElseThrow(() -> new NotAProjection(processingGroup));
        if (rebuilding(processingGroup)) {
            throw new ReplayAlreadyRunning(processingGroup);
        }
        Long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        Replay replay = new Replay(UUID.randomUUID(), processingGroup, processor.getName(), head == null ? 0 : head,
                clock.instant());
        replays.put(replay.id, replay);
        try {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        } catch (RuntimeException e) {
            replay.failure = e.getClass().getSimpleName();
            replay.finishedAt = clock.instant();
            if (!processor.isRunning()) {
                processor.start();
            }
        }
        return progress(replay);
    }

    /** The projections that can be rebuilt, by name. */
    public List<String> replayable() {
        return groups.names().stream()
                .filter(group -> !NOT_REPLAYABLE.contains(group) && progress.processorOf(group).isPresent())
                .sorted()
                .toList();
    }

    public Optional<Progress> progress(UUID id) {
        return Optional.ofNullable(replays.get(id)).map(this::progress);
    }

    /**
     * Whether a projection is being rebuilt now, alone or with the others its processor holds: its answers are
     * incomplete until the replay is done.
     */
    public boolean rebuilding(String processingGroup) {
        Optional<String> processor = progress.processorOf(processingGroup).map(StreamingEventProcessor::getName);
        return processor.isPresent() && replays.values().stream()
                .filter(replay -> replay.processor.equals(processor.get()))
                .anyMatch(replay -> progress(replay).state() == State.RUNNING);
    }

    private Progress progress(Replay replay) {
        if (replay.finishedAt != null && replay.failure == null) {
            return snapshot(replay, State.DONE, replay.head);
        }
        long position = Math.min(replay.head, Math.max(0, progress.settledPosition(replay.processingGroup).orElse(0)));
        boolean caughtUp = replay.head == 0 || progress.hasProcessed(replay.processingGroup, replay.head);
        if (caughtUp) {
            position = replay.head;
        }
        State state = replay.failure != null ? State.FAILED : caughtUp ? State.DONE : State.RUNNING;
        if (state == State.RUNNING && failingForLong(replay)) {
            state = State.FAILED;
            replay.failure = "the processor is failing";
        }
        if (state != State.RUNNING && replay.finishedAt == null) {
            replay.finishedAt = clock.instant();
        }
        return snapshot(replay, state, position);
    }

    /**
     * A processor retries a batch that failed: once when a handler fails and the batch is handled again event by
     * event to park that event, again and again while the database is out. Only a failure that lasts fails the replay.
     */
    private boolean failingForLong(Replay replay) {
        boolean failing = processing.eventProcessor(replay.processor, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::isError).orElse(false);
        if (!failing) {
            replay.failingSince = null;
            return false;
        }
        if (replay.failingSince == null) {
            replay.failingSince = clock.instant();
        }
        return !replay.failingSince.plus(FAILING_FOR_LONG).isAfter(clock.instant());
    }

    private Progress snapshot(Replay replay, State state, long position) {
        Instant until = replay.finishedAt == null ? clock.instant() : replay.finishedAt;
        double seconds = Math.max(0.001, Duration.between(replay.startedAt, until).toMillis() / 1000.0);
        double percent = replay.head == 0 ? 100.0 : Math.floor(1000.0 * position / replay.head) / 10.0;
        return new Progress(replay.id, replay.processingGroup, state, position, replay.head, percent,
                Math.round(position / seconds * 10) / 10.0, replay.startedAt, replay.finishedAt, replay.failure);
    }

    private static final class Replay {
        final UUID id;
        final String processingGroup;
        final String processor;
        final long head;
        final Instant startedAt;
        volatile Instant finishedAt;
        volatile String failure;
        volatile Instant failingSince;

        Replay(UUID id, String processingGroup, String processor, long head, Instant startedAt) {
            this.id = id;
            this.processingGroup = processingGroup;
            this.processor = processor;
            this.head = head;
            this.startedAt = startedAt;
        }
    }

    @Refusal(rule = "NotAProjection", description = "The processing group named is not a projection that can be "
            + "rebuilt (the hash chain and process steps cannot).")
    static class NotAProjection extends RuleViolation {
        NotAProjection(String group) {
            super("processingGroup", "'" + group + "' is not a projection that can be rebuilt.");
        }
    }

    @Refusal(rule = "ReplayAlreadyRunning", description = "The projection is already being rebuilt.")
    static class ReplayAlreadyRunning extends Conflict {
        ReplayAlreadyRunning(String group) {
            super("'" + group + "' is already being rebuilt.");
        }
    }
}
