package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record SuspendLicence(
        @TargetAggregateIdentifier AgencyId agencyId,
        LocalDate from,
        LocalDate until,
        String reason) {
}
