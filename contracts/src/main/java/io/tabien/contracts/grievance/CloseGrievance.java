package io.tabien.contracts.grievance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CloseGrievance(@TargetAggregateIdentifier GrievanceId grievanceId, LocalDate closedOn) {
}
