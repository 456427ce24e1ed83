package io.tabien.contracts.civil;

import org.axonframework.serialization.Revision;

/** A correction of a birth record. The original values stay in the events before it. */
@Revision("1")
public record BirthRecordCorrected(
        PersonId personId,
        BirthRecordChanges changes,
        String reason,
        String evidence) {
}
