package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReinstateLicence(@TargetAggregateIdentifier AgencyId agencyId, LocalDate on) {
}
