package io.tabien.contracts.civil;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** @param expectedVersion the version of the record the change was based on, or null to change it as it is now */
public record AddFamilyMember(
        @TargetAggregateIdentifier FamilyBookId familyBookId,
        PersonId personId,
        Relationship relationship,
        MembershipReason reason,
        LocalDate effectiveDate,
        Long expectedVersion) {

    /** A change to the record as it is now, whatever its version. */
    public AddFamilyMember(FamilyBookId familyBookId, PersonId personId, Relationship relationship, MembershipReason reason, LocalDate effectiveDate) {
        this(familyBookId, personId, relationship, reason, effectiveDate, null);
    }
}
