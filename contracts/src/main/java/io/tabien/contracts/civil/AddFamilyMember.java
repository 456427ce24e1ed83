package io.tabien.contracts.civil;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AddFamilyMember(
        @TargetAggregateIdentifier FamilyBookId familyBookId,
        PersonId personId,
        Relationship relationship,
        MembershipReason reason,
        LocalDate effectiveDate) {
}
