package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordReturn(
        @TargetAggregateIdentifier ContractId contractId,
        LocalDate returnedOn,
        String checkpoint,
        ReturnReason reason) {
}
