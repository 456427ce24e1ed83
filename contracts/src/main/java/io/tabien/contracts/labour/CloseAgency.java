package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CloseAgency(@TargetAggregateIdentifier AgencyId agencyId, LocalDate closedOn, String reason) {
}
