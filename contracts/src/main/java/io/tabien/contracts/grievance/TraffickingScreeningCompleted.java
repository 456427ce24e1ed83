package io.tabien.contracts.grievance;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Set;

@Revision("1")
public record TraffickingScreeningCompleted(
        GrievanceId grievanceId,
        Set<GrievanceCategory> indicators,
        ScreeningOutcome outcome,
        ScreeningAuthority decidedBy,
        LocalDate screenedOn) {
}
