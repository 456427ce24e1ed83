package io.tabien.contracts.civil;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CorrectBirthRecord(
        @TargetAggregateIdentifier PersonId personId,
        BirthRecordChanges changes,
        String reason,
        String evidence) {
}
