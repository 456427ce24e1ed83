package io.tabien.contracts.civil;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** @param expectedVersion the version of the record the change was based on, or null to change it as it is now */
public record RemoveFamilyMember(
        @TargetAggregateIdentifier FamilyBookId familyBookId,
        PersonId personId,
        RemovalReason reason,
        LocalDate effectiveDate,
        Long expectedVersion) {

    /** A change to the record as it is now, whatever its version. */
    public RemoveFamilyMember(FamilyBookId familyBookId, PersonId personId, RemovalReason reason, LocalDate effectiveDate) {
        this(familyBookId, personId, reason, effectiveDate, null);
    }
}
