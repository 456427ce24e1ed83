package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Set;

public record LicenseAgency(
        @TargetAggregateIdentifier AgencyId agencyId,
        String name,
        String licenceNumber,
        String address,
        LocalDate licensedFrom,
        LocalDate licensedUntil,
        Set<String> destinations,
        Set<Sector> sectors) {
}
