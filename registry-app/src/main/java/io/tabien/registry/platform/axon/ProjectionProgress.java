package io.tabien.registry.platform.axon;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * How far each projection has read the event store, so that a client who just wrote can be answered once the
 * projection has seen that write, without making projections synchronous with commands.
 */
@Component
public class ProjectionProgress {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;

    ProjectionProgress(EventProcessingConfiguration processing, TokenStore tokenStore, TransactionManager transactions) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
    }

    /**
     * True once every segment of the projection has passed the event at {@code globalIndex}. Segments this node
     * has not claimed (being claimed, or claimed by another node) are judged by the token they last stored.
     */
    public boolean hasProcessed(String processingGroup, long globalIndex) {
        Optional<StreamingEventProcessor> processor =
                processing.eventProcessor(processingGroup, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            return false;
        }
        Map<Integer, EventTrackerStatus> status = processor.get().processingStatus();
        if (coversEverySegment(status.values())) {
            // The usual case, answered without the database: this node holds every segment.
            return status.values().stream().allMatch(claimed -> hasPassed(claimed.getTrackingToken(), globalIndex));
        }
        int[] segments = transactions.fetchInTransaction(() -> tokenStore.fetchSegments(processingGroup));
        if (segments.length == 0) {
            return false;
        }
        for (int segment : segments) {
            EventTrackerStatus claimed = status.get(segment);
            TrackingToken token = claimed != null ? claimed.getTrackingToken()
                    : transactions.fetchInTransaction(() -> tokenStore.fetchToken(processingGroup, segment));
            if (!hasPassed(token, globalIndex)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The highest global index below which the processor has seen every event there will ever be: its position,
     * or just below its oldest gap (an index allocated by a transaction that has not committed yet). Empty before
     * the processor has a position.
     */
    public OptionalLong settledPosition(String processingGroup) {
        Optional<StreamingEventProcessor> processor =
                processing.eventProcessor(processingGroup, StreamingEventProcessor.class);
        if (processor.isEmpty() || processor.get().processingStatus().isEmpty()) {
            return OptionalLong.empty();
        }
        long settled = Long.MAX_VALUE;
        for (EventTrackerStatus segment : processor.get().processingStatus().values()) {
            TrackingToken token = WrappedToken.unwrapLowerBound(segment.getTrackingToken());
            if (token == null) {
                return OptionalLong.empty();
            }
            long position = token instanceof GapAwareTrackingToken gapAware && !gapAware.getGaps().isEmpty()
                    ? gapAware.getGaps().first() - 1
                    : token.position().orElse(-1);
            settled = Math.min(settled, position);
        }
        return OptionalLong.of(settled);
    }

    /** Waits at most {@code timeout}; answers whether the projection caught up. */
    public boolean awaitProcessed(String processingGroup, long globalIndex, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!hasProcessed(processingGroup, globalIndex)) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
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
