package io.tabien.contracts.civil;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param expectedVersion the version of the record the change was based on, or null to change it as it is now */
public record CorrectBirthRecord(
        @TargetAggregateIdentifier PersonId personId,
        BirthRecordChanges changes,
        @Text(maxLength = 1000, multiLine = true) String reason,
        @Text(maxLength = 1000, multiLine = true) String evidence,
        Long expectedVersion) {

    /** A change to the record as it is now, whatever its version. */
    public CorrectBirthRecord(PersonId personId, BirthRecordChanges changes, String reason, String evidence) {
        this(personId, changes, reason, evidence, null);
    }
}
