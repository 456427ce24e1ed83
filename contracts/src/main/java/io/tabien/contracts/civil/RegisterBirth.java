package io.tabien.contracts.civil;

import io.tabien.contracts.Text;
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
        @Text(maxLength = 400) String informant,
        FamilyBookId familyBookId) {
}
