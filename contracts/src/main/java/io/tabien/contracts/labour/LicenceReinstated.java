package io.tabien.contracts.labour;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record LicenceReinstated(AgencyId agencyId, LocalDate on) {
}
