package io.tabien.contracts.civil;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CorrectBirthRecord(
        @TargetAggregateIdentifier PersonId personId,
        BirthRecordChanges changes,
        @Text(maxLength = 1000, multiLine = true) String reason,
        @Text(maxLength = 1000, multiLine = true) String evidence) {
}
