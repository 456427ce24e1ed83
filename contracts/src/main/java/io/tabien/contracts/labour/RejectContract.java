package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RejectContract(@TargetAggregateIdentifier ContractId contractId, LocalDate rejectedOn, String reason) {
}
