package io.tabien.contracts.grievance;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AddGrievanceEvidence(
        @TargetAggregateIdentifier GrievanceId grievanceId,
        @Text(maxLength = 5000, multiLine = true) String description,
        String documentReference,
        LocalDate addedOn) {
}
