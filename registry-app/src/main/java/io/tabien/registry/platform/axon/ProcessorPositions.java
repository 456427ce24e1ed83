package io.tabien.registry.platform.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Where the streaming processors stand against the head of the event store, as this node sees them: the segments it
 * holds, read from the processors themselves, and the head and the time stamps of events, read from the store.
 * Readiness judges from it ({@link ProjectionsCaughtUpHealthIndicator}) and the metrics report it
 * ({@link EventProcessorMetrics}).
 */
@Component
class ProcessorPositions {

    /** A segment this node holds: whether it is being rebuilt, and the global index it has reached (-1: none yet). */
    record SegmentPosition(boolean rebuilding, long position) {
    }

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    ProcessorPositions(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /**
     * The global index of the newest event stored, -1 while there is none.
     *
     * @throws org.springframework.dao.DataAccessException when the event store cannot be read
     */
    long head() {
        Long head = jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    /** The segments each streaming processor holds on this node, by the processor's name; none for another node's. */
    Map<String, List<SegmentPosition>> held() {
        Map<String, List<SegmentPosition>> held = new TreeMap<>();
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor streaming) {
                List<SegmentPosition> segments = new ArrayList<>();
                for (EventTrackerStatus status : streaming.processingStatus().values()) {
                    long position = position(status);
                    segments.add(new SegmentPosition(
                            rebuilding(status.isReplaying(), position, status.getResetPosition()), position));
                }
                held.put(entry.getKey(), segments);
            }
        }
        return held;
    }

    /**
     * When the first event stored after {@code globalIndex} was stored; empty when there is none (or its time stamp
     * cannot be read).
     *
     * @throws org.springframework.dao.DataAccessException when the event store cannot be read
     */
    Optional<Instant> storedAfter(long globalIndex) {
        List<String> next = jdbc.queryForList("""
                select time_stamp from domain_event_entry where global_index > ? order by global_index limit 1""",
                String.class, globalIndex);
        try {
            return next.stream().findFirst().map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** How many events the furthest-behind of the segments has yet to pass to reach {@code head}; 0 for none. */
    static long eventsBehind(List<SegmentPosition> segments, long head) {
        return segments.stream().mapToLong(segment -> Math.max(0, head - segment.position())).max().orElse(0);
    }

    /**
     * A replayed segment stays marked as replaying until it handles an event recorded after the replay began, so in a
     * quiet registry it would never end; its rebuild is over once it has reached the position it was reset at.
     */
    static boolean rebuilding(boolean replaying, long position, OptionalLong resetAt) {
        return replaying && (resetAt.isEmpty() || position < resetAt.getAsLong());
    }

    private static long position(EventTrackerStatus status) {
        var token = WrappedToken.unwrapLowerBound(status.getTrackingToken());
        return token == null ? -1 : token.position().orElse(-1);
    }
}
