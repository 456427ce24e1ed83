package io.tabien.contracts.labour;

import java.time.LocalDate;

/** Agencies whose licence has {@code status} on {@code asOf}; a null status means all. */
public record FindAgencies(AgencyStatus status, LocalDate asOf) {
}
