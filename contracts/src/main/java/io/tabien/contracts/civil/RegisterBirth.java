package io.tabien.contracts.civil;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RegisterBirth(
        @TargetAggregateIdentifier PersonId personId,
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
        FamilyBookId familyBookId) {
}
