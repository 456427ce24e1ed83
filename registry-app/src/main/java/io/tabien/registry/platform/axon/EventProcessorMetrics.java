package io.tabien.registry.platform.axon;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.tabien.registry.platform.axon.ProcessorPositions.SegmentPosition;
import io.tabien.registry.platform.metrics.ScrapeReading;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How far each streaming processor on this node is behind the head of the event store, in events
 * ({@code tabien.processor.lag.events}) and in seconds, the age of the oldest event it has yet to handle
 * ({@code tabien.processor.lag.seconds}, 0 when it is at the head); and how many events each parked processing group
 * holds as dead letters ({@code tabien.dead.letters}). Tagged by processor and group names only, which the code
 * fixes. Registered once the processors exist; read from the database at most once a second, NaN while it cannot
 * be read.
 */
@Component
class EventProcessorMetrics {

    /** A processor's distance behind the head. */
    record Lag(long events, double seconds) {
    }

    private final ProcessorPositions positions;
    private final ParkedProcessingGroups parkedGroups;
    private final MeterRegistry registry;
    private final Clock clock;
    private final ScrapeReading<Map<String, Lag>> lags;
    private final ScrapeReading<Map<String, Long>> deadLetters;

    EventProcessorMetrics(ProcessorPositions positions, ParkedProcessingGroups parkedGroups, JdbcTemplate jdbc,
                          MeterRegistry registry, Clock clock) {
        this.positions = positions;
        this.parkedGroups = parkedGroups;
        this.registry = registry;
        this.clock = clock;
        this.lags = new ScrapeReading<>(this::lags);
        this.deadLetters = new ScrapeReading<>(() -> {
            Map<String, Long> counts = new HashMap<>();
            jdbc.query("select processing_group, count(*) from dead_letter_entry group by processing_group",
                    row -> {
                        counts.put(row.getString(1), row.getLong(2));
                    });
            return counts;
        });
    }

    @EventListener(ApplicationStartedEvent.class)
    void register() {
        for (String processor : positions.held().keySet()) {
            Tags tags = Tags.of("processor", processor);
            lags.gauge(registry, "tabien.processor.lag.events", "Events stored after the position of the processor's "
                    + "furthest-behind segment on this node", tags, lag -> value(lag, processor, Lag::events));
            lags.gauge(registry, "tabien.processor.lag.seconds", "Age of the oldest event the processor has yet to "
                    + "handle on this node; 0 at the head", tags, lag -> value(lag, processor, Lag::seconds));
        }
        for (String group : parkedGroups.names()) {
            deadLetters.gauge(registry, "tabien.dead.letters", "Events parked by the processing group",
                    Tags.of("group", group), counts -> counts.getOrDefault(group, 0L));
        }
    }

    /** The processor's lag as {@code measure} gives it; NaN for a processor whose segments another node holds. */
    private static double value(Map<String, Lag> lags, String processor, ToDoubleFunction<Lag> measure) {
        Lag lag = lags.get(processor);
        return lag == null ? Double.NaN : measure.applyAsDouble(lag);
    }

    /** One query for the head, and one for each processor behind it: the time stamp of its next event. */
    private Map<String, Lag> lags() {
        long head = positions.head();
        Instant now = clock.instant();
        Map<String, Lag> lags = new HashMap<>();
        for (Map.Entry<String, List<SegmentPosition>> processor : positions.held().entrySet()) {
            if (processor.getValue().isEmpty()) {
                // Another node holds its segments and reports its lag.
                continue;
            }
            long behind = ProcessorPositions.eventsBehind(processor.getValue(), head);
            double seconds = behind == 0 ? 0 : positions.storedAfter(head - behind)
                    .map(next -> Math.max(0, Duration.between(next, now).toMillis() / 1000.0))
                    .orElse(0.0);
            lags.put(processor.getKey(), new Lag(behind, seconds));
        }
        return lags;
    }
}
