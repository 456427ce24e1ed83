package io.tabien.contracts.civil;

import io.tabien.contracts.HistoryEntry;
import io.tabien.contracts.documents.PassportSummary;
import io.tabien.contracts.grievance.GrievanceSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person as the civil register currently shows them, with the certificates issued of their birth record and of
 * their household's family book, and the history of their record.
 *
 * @param version the sequence number of the last event of the person's record shown here; a change based on this
 *                view sends it ({@code If-Match}) and is refused if the record has changed since
 */
public record PersonView(
        PersonId id,
        String givenName,
        String familyName,
        String givenNameLatin,
        String familyNameLatin,
        Sex sex,
        LocalDate dateOfBirth,
        Place placeOfBirth,
        ParentReference mother,
        ParentReference father,
        String informant,
        boolean lateRegistration,
        Instant registeredAt,
        String registrationOffice,
        LocalDate dateOfDeath,
        Place placeOfDeath,
        FamilyBookId familyBookId,
        List<PassportSummary> passports,
        List<GrievanceSummary> grievances,
        List<CertificateSummary> certificates,
        List<HistoryEntry> history,
        long version,
        PersonId duplicateOf,
        List<PersonId> duplicates) {
}
