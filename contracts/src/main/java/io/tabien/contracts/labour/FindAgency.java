package io.tabien.contracts.labour;

import java.time.LocalDate;

public record FindAgency(AgencyId agencyId, LocalDate asOf) {
}
