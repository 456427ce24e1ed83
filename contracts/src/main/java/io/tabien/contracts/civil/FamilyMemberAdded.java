package io.tabien.contracts.civil;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record FamilyMemberAdded(
        FamilyBookId familyBookId,
        PersonId personId,
        Relationship relationship,
        MembershipReason reason,
        LocalDate effectiveDate) {
}
