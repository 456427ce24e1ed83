package io.tabien.contracts.grievance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Set;

public record CompleteTraffickingScreening(
        @TargetAggregateIdentifier GrievanceId grievanceId,
        Set<GrievanceCategory> indicators,
        ScreeningOutcome outcome,
        ScreeningAuthority decidedBy,
        LocalDate screenedOn) {
}
