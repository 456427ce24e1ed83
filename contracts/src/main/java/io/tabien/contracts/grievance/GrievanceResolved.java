package io.tabien.contracts.grievance;

import io.tabien.contracts.labour.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Set;

@Revision("1")
public record GrievanceResolved(
        GrievanceId grievanceId,
        Set<GrievanceOutcome> outcomes,
        Money wagesRecovered,
        LocalDate resolvedOn) {
}
