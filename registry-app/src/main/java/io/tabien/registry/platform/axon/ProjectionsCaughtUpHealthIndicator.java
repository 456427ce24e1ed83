package io.tabien.registry.platform.axon;

import io.tabien.registry.platform.axon.ProcessorPositions.SegmentPosition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the read models can answer as the API promises: not while a projection is being rebuilt, nor while one is
 * further behind the head of the event store than {@code tabien.health.readiness.max-lag-events}. Then the status is
 * {@code DEGRADED}: the whole health stays 200 (the registry still records), the readiness probe answers 503 so an
 * orchestrator sends readers elsewhere. Only the segments this node holds are judged; another node judges its own.
 */
@Component("projectionsCaughtUp")
class ProjectionsCaughtUpHealthIndicator implements HealthIndicator {

    static final Status BEHIND = new Status("DEGRADED", "A projection is being rebuilt or is far behind the events.");

    private final ProcessorPositions positions;
    private final long maxLagEvents;

    ProjectionsCaughtUpHealthIndicator(ProcessorPositions positions,
                                       @Value("${tabien.health.readiness.max-lag-events:10000}") long maxLagEvents) {
        this.positions = positions;
        this.maxLagEvents = maxLagEvents;
    }

    @Override
    public Health health() {
        long head;
        try {
            head = positions.head();
        } catch (DataAccessException unreachable) {
            // The database's own indicator says why; this one cannot judge without the head of the store.
            return Health.down().withDetail("head", "the event store could not be read").build();
        }
        return judge(positions.held(), head, maxLagEvents);
    }

    /** Up when no held segment is being rebuilt and none is more than {@code maxLagEvents} behind {@code head}. */
    static Health judge(Map<String, List<SegmentPosition>> processors, long head, long maxLagEvents) {
        boolean caughtUp = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<String, List<SegmentPosition>> processor : processors.entrySet()) {
            boolean rebuilding = processor.getValue().stream().anyMatch(SegmentPosition::rebuilding);
            long lag = ProcessorPositions.eventsBehind(processor.getValue(), head);
            caughtUp &= !rebuilding && lag <= maxLagEvents;
            details.put(processor.getKey(), Map.of("rebuilding", rebuilding, "eventsBehind", lag));
        }
        return (caughtUp ? Health.up() : Health.status(BEHIND)).withDetail("head", head)
                .withDetail("maxLagEvents", maxLagEvents).withDetails(details).build();
    }
}
