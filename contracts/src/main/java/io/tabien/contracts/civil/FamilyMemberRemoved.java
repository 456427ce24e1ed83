package io.tabien.contracts.civil;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record FamilyMemberRemoved(
        FamilyBookId familyBookId,
        PersonId personId,
        RemovalReason reason,
        LocalDate effectiveDate) {
}
