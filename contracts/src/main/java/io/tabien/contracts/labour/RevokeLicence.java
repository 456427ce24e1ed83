package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RevokeLicence(@TargetAggregateIdentifier AgencyId agencyId, LocalDate on, String reason) {
}
