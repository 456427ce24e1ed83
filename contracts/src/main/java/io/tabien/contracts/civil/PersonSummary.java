package io.tabien.contracts.civil;

import java.time.LocalDate;

/** A search hit; {@code relevance} is 1 for an exact name and lower for looser matches. */
public record PersonSummary(
        PersonId id,
        String givenName,
        String familyName,
        String givenNameLatin,
        String familyNameLatin,
        Sex sex,
        LocalDate dateOfBirth,
        Place placeOfBirth,
        LocalDate dateOfDeath,
        double relevance) {
}
