package io.tabien.contracts.labour;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a licence's timeline: licensed, renewed, suspended, reinstated, revoked or closed. */
public record LicenceEventView(
        String event,
        LocalDate firstDay,
        LocalDate lastDay,
        String reason,
        String recordedBy,
        Instant storedAt) {
}
