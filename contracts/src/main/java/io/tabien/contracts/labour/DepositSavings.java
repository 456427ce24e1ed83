package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record DepositSavings(@TargetAggregateIdentifier ContractId contractId, Money amount, LocalDate depositedOn) {
}
