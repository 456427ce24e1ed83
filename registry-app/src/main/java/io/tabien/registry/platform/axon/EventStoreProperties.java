package io.tabien.registry.platform.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Tuning of the event store and of the processors that build projections from it.
 *
 * @param gapTimeout         how long a processor waits for a global index that was allocated but not yet committed;
 *                           must be well above the slowest commit, or a late event would be skipped for good
 * @param maxGapOffset       how far back gaps are remembered
 * @param readBatchSize      events fetched per query when a processor reads the store
 * @param projectionBatchSize events a projection handles in one transaction
 * @param projectionSegments segments per projection under pooled processors, claimed by the nodes through the token
 *                           table (a tracking processor keeps one)
 * @param tokenClaimTimeout  after this long without an update, another node may take over a segment's claim
 * @param snapshotAfterEvents events loaded to handle one command before a long-lived aggregate is snapshotted
 * @param processors         how projections are driven: tracking processors, one thread each reading and handling its
 *                           batches (the default: on two cores they rebuild a large store about twice as fast as
 *                           pooled ones, whose coordinator hands events over to worker threads), or pooled streaming
 *                           processors, for spreading segments of a projection over threads and nodes
 * @param sharedProcessors   whether the read models share one processor and the process steps another, each reading
 *                           the store once for all its groups (the default), or every processing group has a processor
 *                           of its own, as Axon does out of the box
 */
@ConfigurationProperties("tabien.events")
public record EventStoreProperties(
        @DefaultValue("PT2M") Duration gapTimeout,
        @DefaultValue("10000") int maxGapOffset,
        @DefaultValue("250") int readBatchSize,
        @DefaultValue("500") int projectionBatchSize,
        @DefaultValue("1") int projectionSegments,
        @DefaultValue("PT10S") Duration tokenClaimTimeout,
        @DefaultValue("250") int snapshotAfterEvents,
        @DefaultValue("TRACKING") Processors processors,
        @DefaultValue("true") boolean sharedProcessors) {

    public enum Processors {
        POOLED,
        TRACKING
    }
}
