package io.tabien.registry.audit.chain;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Links every event into the chain, in the order this single-segment processor sees them (an event committed
 * late, filling a gap, is linked when it is seen; {@code chain_seq} keeps that order). An event delivered again is
 * linked once. Every N links, or when the last checkpoint is older than M minutes, the head is signed.
 */
@Component
@ProcessingGroup(EventChainProcessor.NAME)
class EventChainProcessor {

    static final String NAME = "audit-chain";

    private final EventChain chain;
    private final AuditProperties properties;
    private final Clock clock;

    EventChainProcessor(EventChain chain, AuditProperties properties, Clock clock) {
        this.chain = chain;
        this.properties = properties;
        this.clock = clock;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        long globalIndex = chain.globalIndexOf(message);
        if (chain.isChained(globalIndex)) {
            return;
        }
        ChainedEvent event = chain.event(globalIndex)
                .orElseThrow(() -> new IllegalStateException("event " + globalIndex + " is not in the store"));
        EventChain.Link previous = chain.head().orElse(null);
        byte[] hash = event.hash(previous == null ? ChainedEvent.GENESIS : previous.hash());
        EventChain.Link link = new EventChain.Link(previous == null ? 1 : previous.chainSeq() + 1, globalIndex, hash);
        chain.append(link);
        if (dueForCheckpoint(link)) {
            chain.checkpoint(link);
        }
    }

    private boolean dueForCheckpoint(EventChain.Link link) {
        if (link.chainSeq() % properties.checkpointEveryEvents() == 0) {
            return true;
        }
        Instant last = chain.lastCheckpointTime().orElse(null);
        Duration every = properties.checkpointEvery();
        return last == null || last.plus(every).isBefore(clock.instant());
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
