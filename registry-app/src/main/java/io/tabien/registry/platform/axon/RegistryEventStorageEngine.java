package io.tabien.registry.platform.axon;

import io.tabien.registry.platform.commands.CommandBatch;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Axon's JDBC storage engine, with two differences.
 * <p>
 * The events of the commands of an open {@link CommandBatch} are appended together, in one statement, when the batch
 * ends, instead of one statement per command. Before the store is read on the batch's thread (a later command of the
 * batch loading a record an earlier one wrote), what waits is appended first, so every read sees the batch's own
 * events as if each had been appended at once.
 * <p>
 * An event read for a processor has its moment parsed once, by {@link StoredTimestamps}, where Axon parses the stored
 * text with a general formatter each time it is asked for it (twice per event and processor), and its global index is
 * remembered for the processor's thread ({@link EventPositions}), which then needs no query to know it.
 */
final class RegistryEventStorageEngine extends JdbcEventStorageEngine {

    /** The first global index of the store, Axon's default; the tokens' gaps below the first event start from it. */
    static final long LOWEST_GLOBAL_SEQUENCE = 1;

    private final int maxGapOffset;
    private final long gapTimeoutMillis;

    RegistryEventStorageEngine(Builder builder, EventStoreProperties properties) {
        super(builder.lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE)
                .gapTimeout(Math.toIntExact(properties.gapTimeout().toMillis()))
                .maxGapOffset(properties.maxGapOffset()));
        this.maxGapOffset = properties.maxGapOffset();
        this.gapTimeoutMillis = properties.gapTimeout().toMillis();
    }

    /** As Axon's, with the token computed the same way from the same columns. */
    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        EventSchema schema = schema();
        long globalIndex = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
        String storedTimestamp = resultSet.getString(schema.timestampColumn());
        Instant timestamp = StoredTimestamps.parse(storedTimestamp);
        GenericDomainEventEntry<?> event = new ParsedTimestampEntry<>(resultSet.getString(schema.typeColumn()),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(schema.sequenceNumberColumn()), eventIdentifier, storedTimestamp, timestamp,
                resultSet.getString(schema.payloadTypeColumn()), resultSet.getString(schema.payloadRevisionColumn()),
                readPayload(resultSet, schema.payloadColumn()), readPayload(resultSet, schema.metaDataColumn()));
        EventPositions.read(eventIdentifier, globalIndex);

        boolean allowGaps = timestamp.isAfter(GenericEventMessage.clock.instant().minusMillis(gapTimeoutMillis));
        GapAwareTrackingToken token;
        if (previousToken == null) {
            token = GapAwareTrackingToken.newInstance(globalIndex, allowGaps
                    ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalIndex), globalIndex).boxed()
                            .collect(Collectors.toCollection(TreeSet::new))
                    : Collections.emptySortedSet());
        } else {
            token = previousToken.advanceTo(globalIndex, allowGaps ? maxGapOffset : 0);
        }
        return new TrackedDomainEventData<>(token, event);
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (!CommandBatch.writeLater(this, events, all -> super.appendEvents(all, serializer))) {
            super.appendEvents(events, serializer);
        }
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        CommandBatch.writeDeferred(this);
        return super.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber, int batchSize) {
        CommandBatch.writeDeferred(this);
        return super.fetchDomainEvents(aggregateIdentifier, firstSequenceNumber, batchSize);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        CommandBatch.writeDeferred(this);
        return super.readSnapshotData(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        CommandBatch.writeDeferred(this);
        return super.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        CommandBatch.writeDeferred(this);
        super.storeSnapshot(snapshot, serializer);
    }

    /** A stored event whose moment was parsed when it was read, and is not parsed again each time it is asked for. */
    private static final class ParsedTimestampEntry<T> extends GenericDomainEventEntry<T> {

        private final Instant timestamp;

        ParsedTimestampEntry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                             String storedTimestamp, Instant timestamp, String payloadType, String payloadRevision,
                             T payload, T metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, storedTimestamp, payloadType,
                    payloadRevision, payload, metaData);
            this.timestamp = timestamp;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }
    }
}
