package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record TerminateContract(
        @TargetAggregateIdentifier ContractId contractId,
        LocalDate terminatedOn,
        String reason) {
}
