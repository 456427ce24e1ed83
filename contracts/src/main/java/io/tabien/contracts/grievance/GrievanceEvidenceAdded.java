package io.tabien.contracts.grievance;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record GrievanceEvidenceAdded(
        GrievanceId grievanceId,
        String description,
        String documentReference,
        LocalDate addedOn) {
}
