package io.tabien.contracts.labour;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ExplainContract(
        @TargetAggregateIdentifier ContractId contractId,
        @Text(maxLength = 3) String language,
        String explainedBy,
        boolean workerAcknowledged,
        LocalDate explainedOn) {
}
