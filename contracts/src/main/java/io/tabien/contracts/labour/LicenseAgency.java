package io.tabien.contracts.labour;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Set;

public record LicenseAgency(
        @TargetAggregateIdentifier AgencyId agencyId,
        @Text(maxLength = 300) String name,
        @Text(maxLength = 50) String licenceNumber,
        @Text(maxLength = 1000, multiLine = true) String address,
        LocalDate licensedFrom,
        LocalDate licensedUntil,
        @Text(maxLength = 2) Set<String> destinations,
        Set<Sector> sectors) {
}
