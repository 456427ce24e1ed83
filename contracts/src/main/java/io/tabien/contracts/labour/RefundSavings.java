package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RefundSavings(@TargetAggregateIdentifier ContractId contractId, Money amount, LocalDate refundedOn) {
}
