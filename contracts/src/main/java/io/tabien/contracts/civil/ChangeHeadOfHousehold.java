package io.tabien.contracts.civil;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param expectedVersion the version of the record the change was based on, or null to change it as it is now */
public record ChangeHeadOfHousehold(
        @TargetAggregateIdentifier FamilyBookId familyBookId,
        PersonId newHeadPersonId,
        Long expectedVersion) {

    /** A change to the record as it is now, whatever its version. */
    public ChangeHeadOfHousehold(FamilyBookId familyBookId, PersonId newHeadPersonId) {
        this(familyBookId, newHeadPersonId, null);
    }
}
