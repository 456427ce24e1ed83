package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordDeparture(
        @TargetAggregateIdentifier ContractId contractId,
        LocalDate departedOn,
        String checkpoint) {
}
