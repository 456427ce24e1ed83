package io.tabien.contracts.civil;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A household register opened for a household; its head is its first member. */
@Revision("1")
public record FamilyBookIssued(
        FamilyBookId familyBookId,
        String bookNumber,
        Place address,
        PersonId headPersonId,
        LocalDate issuedOn) {
}
