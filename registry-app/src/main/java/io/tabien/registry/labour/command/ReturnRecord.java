package io.tabien.registry.labour.command;

import io.tabien.contracts.labour.RegisterReturn;
import io.tabien.contracts.labour.ReturnRecordId;
import io.tabien.contracts.labour.ReturnRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static io.tabien.registry.labour.command.LabourPolicy.require;
import static io.tabien.registry.platform.reference.Countries.mustBeACountry;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A migrant coming home with no contract on file. The person need not have a birth registration: many who left
 * informally have none, and recording their return is the first step to one.
 */
@Aggregate
class ReturnRecord {

    @AggregateIdentifier
    private ReturnRecordId returnId;

    ReturnRecord() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    ReturnRecord(RegisterReturn command, LabourPolicy policy) {
        require(command.personId(), "personId");
        require(command.checkpoint(), "checkpoint");
        mustBeACountry(command.fromCountry(), "fromCountry");
        if ("LA".equals(command.fromCountry())) {
            throw new DestinationIsLaos("fromCountry");
        }
        policy.notInTheFuture(command.returnedOn(), "returnedOn");
        apply(new ReturnRegistered(command.returnId(), command.personId(), command.returnedOn(),
                command.checkpoint().strip(), command.fromCountry(), command.workedAbroad()));
    }

    @EventSourcingHandler
    void on(ReturnRegistered event) {
        this.returnId = event.returnId();
    }
}
