package io.tabien.contracts.civil;

import org.axonframework.serialization.Revision;

/** {@code previousHeadPersonId} is null when the book had no head (its head had died). */
@Revision("1")
public record HeadOfHouseholdChanged(
        FamilyBookId familyBookId,
        PersonId previousHeadPersonId,
        PersonId newHeadPersonId) {
}
