package io.tabien.contracts.labour;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Set;

/** A recruitment agency licensed from one day to another, for destinations (ISO 3166-1 alpha-2) and sectors. */
@Revision("1")
public record AgencyLicensed(
        AgencyId agencyId,
        String name,
        String licenceNumber,
        String address,
        LocalDate licensedFrom,
        LocalDate licensedUntil,
        Set<String> destinations,
        Set<Sector> sectors) {
}
