package io.tabien.contracts.documents;

import java.time.LocalDate;

/** A passport as the holder's person view lists it, with who has it now. */
public record PassportSummary(
        PassportId id,
        String passportNumber,
        LocalDate expiresOn,
        PassportStatus status,
        Custodian custodian,
        String custodianName,
        LocalDate custodySince) {
}
