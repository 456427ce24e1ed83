package io.tabien.registry.platform.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * How far each projection has read the event store, so that a client who just wrote can be answered once the
 * projection has seen that write, without making projections synchronous with commands.
 * <p>
 * Each segment's position comes from this node's processor when it holds the segment, else from the token another
 * node last stored. Stored tokens are only read, never claimed: a node that claimed a token to look at it would take
 * it from the node processing it.
 */
@Component
public class ProjectionProgress {

    /** A projection usually follows within milliseconds; one that does not is asked ever less often. */
    static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    static final long LONGEST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final Duration GAP_SIGHTING_GRACE = Duration.ofMillis(500);
    private static final int MAX_GAPS_REMEMBERED = 10_000;

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ProcessorPositions positions;
    private final Serializer tokenSerializer;
    private final Duration gapTimeout;
    private final Clock clock;
    private final Map<Long, Sighting> gapsSeen = new ConcurrentHashMap<>();

    ProjectionProgress(EventProcessingConfiguration processing, JdbcTemplate jdbc, ProcessorPositions positions,
                       Serializer serializer, EventStoreProperties properties, Clock clock) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.positions = positions;
        this.tokenSerializer = serializer;
        this.gapTimeout = properties.gapTimeout();
        this.clock = clock;
    }

    /** True once every segment of the projection has passed the event at {@code globalIndex}. */
    public boolean hasProcessed(String processingGroup, long globalIndex) {
        List<TrackingToken> positions = positions(processingGroup);
        return !positions.isEmpty() && positions.stream().allMatch(token -> hasPassed(token, globalIndex));
    }

    /**
     * The highest global index below which the processor has seen every event there will ever be: its position,
     * or just below its oldest gap (an index allocated by a transaction that has not committed yet). A gap older than
     * the gap timeout is given up, as the event store gives it up: the transaction that held it rolled back. Empty
     * before the processor has a position.
     */
    public OptionalLong settledPosition(String processingGroup) {
        List<TrackingToken> positions = positions(processingGroup);
        if (positions.isEmpty()) {
            return OptionalLong.empty();
        }
        long settled = Long.MAX_VALUE;
        for (TrackingToken position : positions) {
            TrackingToken token = WrappedToken.unwrapLowerBound(position);
            if (token == null) {
                return OptionalLong.empty();
            }
            settled = Math.min(settled, settled(token));
        }
        return OptionalLong.of(settled);
    }

    /** Waits at most {@code timeout}, asking ever less often; answers whether the projection caught up. */
    public boolean awaitProcessed(String processingGroup, long globalIndex, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (!hasProcessed(processingGroup, globalIndex)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            LockSupport.parkNanos(Math.min(pause, left));
            pause = nextPause(pause);
        }
        return true;
    }

    /** Twice the pause before, up to {@link #LONGEST_PAUSE_NANOS}. */
    static long nextPause(long pause) {
        return Math.min(pause * 2, LONGEST_PAUSE_NANOS);
    }

    /** One position per segment; the usual case, a node holding every segment, is answered without the database. */
    private List<TrackingToken> positions(String processingGroup) {
        Optional<StreamingEventProcessor> processor = processorOf(processingGroup);
        if (processor.isEmpty()) {
            return List.of();
        }
        Map<Integer, EventTrackerStatus> held = processor.get().processingStatus();
        if (coversEverySegment(held.values())) {
            return held.values().stream().map(EventTrackerStatus::getTrackingToken).toList();
        }
        // Tokens are kept per processor, which may read for several processing groups.
        Map<Integer, TrackingToken> stored = storedTokens(processor.get().getName());
        List<TrackingToken> positions = new ArrayList<>(stored.size());
        stored.forEach((segment, token) -> positions.add(
                held.containsKey(segment) ? held.get(segment).getTrackingToken() : token));
        return positions;
    }

    /** The streaming processor that reads the store for a processing group, if it has one. */
    public Optional<StreamingEventProcessor> processorOf(String processingGroup) {
        return processing.eventProcessorByProcessingGroup(processingGroup, StreamingEventProcessor.class);
    }

    private Map<Integer, TrackingToken> storedTokens(String processorName) {
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        jdbc.query("select segment, token, token_type from token_entry where processor_name = ?", row -> {
            byte[] token = row.getBytes(2);
            String type = row.getString(3);
            tokens.put(row.getInt(1), token == null || type == null ? null
                    : tokenSerializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null)));
        }, processorName);
        return tokens;
    }

    private long settled(TrackingToken token) {
        if (token instanceof GapAwareTrackingToken gapAware) {
            for (long gap : gapAware.getGaps()) {
                if (!givenUp(gap)) {
                    return gap - 1;
                }
            }
            return gapAware.getIndex();
        }
        return token.position().orElse(-1);
    }

    /**
     * A gap is given up once no transaction can fill it any more: when every transaction that was running when the
     * gap was first seen has ended and the gap is still empty (the one that held it rolled back, as a refused entry of
     * a sync batch or a write that lost a race does), or, as the event store judges it, once the first event stored
     * after it is older than the gap timeout. Without the first rule a single rollback would hold the settled
     * position back for the whole gap timeout.
     */
    private boolean givenUp(long gap) {
        Optional<Instant> next = positions.storedAfter(gap);
        if (next.isEmpty()) {
            return false;
        }
        if (next.get().isBefore(clock.instant().minus(gapTimeout))) {
            return true;
        }
        return everyTransactionSinceFirstSeenHasEnded(gap) && !stored(gap);
    }

    /**
     * Transaction ids are handed out in order: once the oldest transaction still running is younger than every id
     * handed out when the gap was first seen, the transaction that allocated the gap has ended. A moment's grace
     * covers a transaction that allocated its index but had not yet been given its id.
     */
    private boolean everyTransactionSinceFirstSeenHasEnded(long gap) {
        if (gapsSeen.size() > MAX_GAPS_REMEMBERED) {
            gapsSeen.clear();
        }
        Sighting sighting = gapsSeen.computeIfAbsent(gap, unused -> new Sighting(clock.instant(), jdbc.queryForObject(
                "select pg_snapshot_xmax(pg_current_snapshot())::text::bigint", Long.class)));
        if (sighting.at().isAfter(clock.instant().minus(GAP_SIGHTING_GRACE))) {
            return false;
        }
        Long oldestRunning = jdbc.queryForObject("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint",
                Long.class);
        return oldestRunning != null && oldestRunning >= sighting.transactionHorizon();
    }

    private boolean stored(long globalIndex) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from domain_event_entry where global_index = ?)", Boolean.class, globalIndex));
    }

    /** When a gap was first seen, and the first transaction id not yet handed out then. */
    private record Sighting(Instant at, long transactionHorizon) {
    }

    /** Segments split the event stream in halves, quarters...; together they cover it when their shares add up to 1. */
    static boolean coversEverySegment(Collection<EventTrackerStatus> claimed) {
        double share = 0;
        for (EventTrackerStatus segment : claimed) {
            share += 1.0 / (segment.getSegment().getMask() + 1L);
        }
        return share >= 1.0;
    }

    static boolean hasPassed(TrackingToken token, long globalIndex) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= globalIndex && !gapAware.getGaps().contains(globalIndex);
        }
        return current != null && current.position().orElse(-1) >= globalIndex;
    }
}
