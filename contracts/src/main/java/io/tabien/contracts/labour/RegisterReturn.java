package io.tabien.contracts.labour;

import io.tabien.contracts.Text;
import io.tabien.contracts.civil.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RegisterReturn(
        @TargetAggregateIdentifier ReturnRecordId returnId,
        PersonId personId,
        LocalDate returnedOn,
        String checkpoint,
        @Text(maxLength = 2) String fromCountry,
        boolean workedAbroad) {
}
