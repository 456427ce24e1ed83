package io.tabien.contracts.grievance;

import io.tabien.contracts.labour.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Set;

public record ResolveGrievance(
        @TargetAggregateIdentifier GrievanceId grievanceId,
        Set<GrievanceOutcome> outcomes,
        Money wagesRecovered,
        LocalDate resolvedOn) {
}
