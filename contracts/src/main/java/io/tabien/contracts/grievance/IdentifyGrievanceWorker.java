package io.tabien.contracts.grievance;

import io.tabien.contracts.civil.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record IdentifyGrievanceWorker(@TargetAggregateIdentifier GrievanceId grievanceId, PersonId personId) {
}
