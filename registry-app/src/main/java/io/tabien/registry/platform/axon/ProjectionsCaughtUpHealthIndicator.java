package io.tabien.registry.platform.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Whether the read models can answer as the API promises: not while a projection is being rebuilt, nor while one is
 * further behind the head of the event store than {@code tabien.health.readiness.max-lag-events}. Then the status is
 * {@code DEGRADED}: the whole health stays 200 (the registry still records), the readiness probe answers 503 so an
 * orchestrator sends readers elsewhere. Only the segments this node holds are judged; another node judges its own.
 */
@Component("projectionsCaughtUp")
class ProjectionsCaughtUpHealthIndicator implements HealthIndicator {

    static final Status BEHIND = new Status("DEGRADED", "A projection is being rebuilt or is far behind the events.");

    /** A segment this node holds: whether it is being rebuilt, and the global index it has reached (-1: none yet). */
    record SegmentPosition(boolean rebuilding, long position) {
    }

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final long maxLagEvents;

    ProjectionsCaughtUpHealthIndicator(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                                       @Value("${tabien.health.readiness.max-lag-events:10000}") long maxLagEvents) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.maxLagEvents = maxLagEvents;
    }

    @Override
    public Health health() {
        Long head;
        try {
            head = jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry", Long.class);
        } catch (DataAccessException unreachable) {
            // The database's own indicator says why; this one cannot judge without the head of the store.
            return Health.down().withDetail("head", "the event store could not be read").build();
        }
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
        return judge(held, head == null ? -1 : head, maxLagEvents);
    }

    /** Up when no held segment replays and none is more than {@code maxLagEvents} behind {@code head}. */
    static Health judge(Map<String, List<SegmentPosition>> processors, long head, long maxLagEvents) {
        boolean caughtUp = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<String, List<SegmentPosition>> processor : processors.entrySet()) {
            boolean rebuilding = processor.getValue().stream().anyMatch(SegmentPosition::rebuilding);
            long lag = processor.getValue().stream().mapToLong(segment -> Math.max(0, head - segment.position()))
                    .max().orElse(0);
            caughtUp &= !rebuilding && lag <= maxLagEvents;
            details.put(processor.getKey(), Map.of("rebuilding", rebuilding, "eventsBehind", lag));
        }
        return (caughtUp ? Health.up() : Health.status(BEHIND)).withDetail("head", head)
                .withDetail("maxLagEvents", maxLagEvents).withDetails(details).build();
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
