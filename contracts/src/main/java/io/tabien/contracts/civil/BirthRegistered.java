package io.tabien.contracts.civil;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A birth entered in the civil register. {@code lateRegistration} is the registrar's finding under the rule in
 * force when the birth was registered; it is part of the fact, so that a later change of the rule does not
 * rewrite history on replay. {@code familyBookId}, when given, is the household the child is entered in.
 */
@Revision("1")
public record BirthRegistered(
        PersonId personId,
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
        FamilyBookId familyBookId) {
}
