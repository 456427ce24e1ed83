package io.tabien.registry.platform.axon;

import io.tabien.registry.platform.commands.CommandBatch;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Axon's JDBC storage engine, except that the events of the commands of an open {@link CommandBatch} are appended
 * together, in one statement, when the batch ends, instead of one statement per command. Before the store is read
 * on the batch's thread (a later command of the batch loading a record an earlier one wrote), what waits is appended
 * first, so every read sees the batch's own events as if each had been appended at once.
 */
final class BatchAppendingEventStorageEngine extends JdbcEventStorageEngine {

    BatchAppendingEventStorageEngine(Builder builder) {
        super(builder);
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
}
