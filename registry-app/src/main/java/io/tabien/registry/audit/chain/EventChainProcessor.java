package io.tabien.registry.audit.chain;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links every event into the chain, in the order this single-segment processor sees them (an event committed
 * late, filling a gap, is linked when it is seen; {@code chain_seq} keeps that order). An event delivered again is
 * linked once. Every N links, or when the latest checkpoint is older than the checkpoint interval, the head is
 * signed; the checkpoints a batch recorded are appended to the heads file once the batch has committed.
 * <p>
 * The processor receives events in batches, one transaction each: the batch's stored rows, which of them are
 * linked already and the head are read once, with its first event, and its links are written together when the
 * batch commits.
 */
@Component
@ProcessingGroup(EventChainProcessor.NAME)
class EventChainProcessor {

    static final String NAME = "audit-chain";
    private static final String BATCH = EventChainProcessor.class.getName() + ".batch";

    private final EventChain chain;
    private final HeadsFile headsFile;
    private final AuditProperties properties;
    private final Clock clock;

    EventChainProcessor(EventChain chain, HeadsFile headsFile, AuditProperties properties, Clock clock) {
        this.chain = chain;
        this.headsFile = headsFile;
        this.properties = properties;
        this.clock = clock;
    }

    /** Hashes the stored row, so the payload is never deserialized here. */
    @EventHandler
    void on(EventMessage<?> message) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Batch batch = unitOfWork.getOrComputeResource(BATCH, key -> open(unitOfWork));
        ChainedEvent event = batch.rows.get(message.getIdentifier());
        if (event == null) {
            throw new IllegalStateException("event " + message.getIdentifier() + " is not in the store");
        }
        if (!batch.chained.add(event.globalIndex())) {
            return;
        }
        EventChain.Link previous = batch.head;
        byte[] hash = event.hash(previous == null ? ChainedEvent.GENESIS : previous.hash());
        EventChain.Link link = new EventChain.Link(previous == null ? 1 : previous.chainSeq() + 1, event.globalIndex(),
                hash);
        batch.links.add(link);
        batch.head = link;
        if (dueForCheckpoint(link, batch)) {
            batch.checkpoints.add(link);
            batch.lastCheckpointTime = clock.instant();
        }
    }

    private Batch open(UnitOfWork<?> unitOfWork) {
        List<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages() : List.of(unitOfWork.getMessage());
        Map<String, ChainedEvent> rows = chain.events(messages.stream().map(Message::getIdentifier).toList());
        Batch batch = new Batch(rows, chain.chained(rows.values().stream().map(ChainedEvent::globalIndex).toList()),
                chain.head().orElse(null), chain.latestCheckpoint().map(Checkpoint::createdAt).orElse(null));
        List<Checkpoint> recorded = new ArrayList<>();
        unitOfWork.onPrepareCommit(committing -> {
            if (!batch.links.isEmpty()) {
                chain.append(batch.links);
            }
            batch.checkpoints.forEach(link -> chain.checkpoint(link).ifPresent(recorded::add));
        });
        unitOfWork.afterCommit(committed -> headsFile.append(recorded));
        return batch;
    }

    private boolean dueForCheckpoint(EventChain.Link link, Batch batch) {
        if (link.chainSeq() % properties.checkpointEveryEvents() == 0) {
            return true;
        }
        Duration every = properties.checkpointEvery();
        return batch.lastCheckpointTime == null || !batch.lastCheckpointTime.plus(every).isAfter(clock.instant());
    }

    /** What one batch reads once and writes when it commits. */
    private static final class Batch {
        final Map<String, ChainedEvent> rows;
        final Set<Long> chained;
        final List<EventChain.Link> links = new ArrayList<>();
        final List<EventChain.Link> checkpoints = new ArrayList<>();
        EventChain.Link head;
        Instant lastCheckpointTime;

        Batch(Map<String, ChainedEvent> rows, Set<Long> chained, EventChain.Link head, Instant lastCheckpointTime) {
            this.rows = rows;
            this.chained = chained;
            this.head = head;
            this.lastCheckpointTime = lastCheckpointTime;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        ConfigurerModule auditChainInOneSegment() {
            return configurer -> configurer.eventProcessing(processing -> processing
                    .registerPooledStreamingEventProcessorConfiguration(NAME,
                            (configuration, builder) -> builder.initialSegmentCount(1)));
        }
    }
}
