package io.tabien.contracts.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One period in someone's hands; {@code until} is null for the current custodian. */
public record CustodyView(
        Custodian custodian,
        String custodianName,
        UUID agencyId,
        String country,
        LocalDate since,
        boolean holderConsent,
        String note,
        LocalDate until,
        String recordedBy,
        Instant storedAt) {
}
