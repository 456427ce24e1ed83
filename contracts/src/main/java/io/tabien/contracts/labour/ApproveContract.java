package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ApproveContract(@TargetAggregateIdentifier ContractId contractId, LocalDate approvedOn) {
}
