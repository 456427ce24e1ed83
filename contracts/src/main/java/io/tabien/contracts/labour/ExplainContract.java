package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ExplainContract(
        @TargetAggregateIdentifier ContractId contractId,
        String language,
        String explainedBy,
        boolean workerAcknowledged,
        LocalDate explainedOn) {
}
