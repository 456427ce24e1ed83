package io.tabien.contracts.civil;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param expectedVersion the version of the record the change was based on, or null to change it as it is now */
public record ReplaceFamilyBook(
        @TargetAggregateIdentifier FamilyBookId familyBookId,
        @Text(maxLength = 50) String newBookNumber,
        ReplacementReason reason,
        Long expectedVersion) {

    /** A change to the record as it is now, whatever its version. */
    public ReplaceFamilyBook(FamilyBookId familyBookId, String newBookNumber, ReplacementReason reason) {
        this(familyBookId, newBookNumber, reason, null);
    }
}
