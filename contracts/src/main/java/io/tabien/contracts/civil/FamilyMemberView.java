package io.tabien.contracts.civil;

import java.time.LocalDate;

public record FamilyMemberView(
        PersonId personId,
        Relationship relationship,
        MembershipReason reason,
        LocalDate since) {
}
