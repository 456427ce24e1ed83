package io.tabien.contracts.labour;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An agency and its licence, with the licence's standing on {@code asOf}. */
public record AgencyView(
        AgencyId id,
        String name,
        String licenceNumber,
        String address,
        Set<String> destinations,
        Set<Sector> sectors,
        LocalDate asOf,
        AgencyStatus status,
        LocalDate licensedFrom,
        LocalDate licensedUntil,
        List<LicenceEventView> timeline) {
}
