package io.tabien.contracts.grievance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AddGrievanceEvidence(
        @TargetAggregateIdentifier GrievanceId grievanceId,
        String description,
        String documentReference,
        LocalDate addedOn) {
}
