package io.tabien.registry.deadletters.command;

import io.tabien.contracts.deadletters.DeadLetterResolutionId;
import io.tabien.contracts.deadletters.DeadLettersResolved;
import io.tabien.contracts.deadletters.ResolveDeadLetters;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An administrator's decision that parked events need no further handling by a read model or process step. It is
 * recorded before the events leave the dead-letter queue, so that auditors can always see what was skipped, by
 * whom and why.
 */
@Aggregate
class DeadLetterResolution {

    @AggregateIdentifier
    private DeadLetterResolutionId resolutionId;

    DeadLetterResolution() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    DeadLetterResolution(ResolveDeadLetters command) {
        if (command.processingGroup() == null || command.processingGroup().isBlank()) {
            throw new ResolutionIncomplete("processingGroup", "Name the processing group the events were parked in.");
        }
        if (command.sequence() == null || command.sequence().isBlank()) {
            throw new ResolutionIncomplete("sequence", "Name the parked sequence.");
        }
        if (command.parkedEvents() == null || command.parkedEvents().isEmpty()) {
            throw new ResolutionIncomplete("sequence", "Nothing is parked in this sequence.");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new ResolutionIncomplete("reason", "Say why the parked events need no further handling.");
        }
        apply(new DeadLettersResolved(command.resolutionId(), command.processingGroup(), command.sequence(),
                List.copyOf(command.parkedEvents()), command.reason().strip()));
    }

    @EventSourcingHandler
    void on(DeadLettersResolved event) {
        this.resolutionId = event.resolutionId();
    }
}
