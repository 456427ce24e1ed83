package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** {@code renewedOn}: the day the renewal takes effect; a renewal after a lapse leaves the lapse unlicensed. */
public record RenewLicence(
        @TargetAggregateIdentifier AgencyId agencyId,
        LocalDate renewedOn,
        LocalDate licensedUntil) {
}
