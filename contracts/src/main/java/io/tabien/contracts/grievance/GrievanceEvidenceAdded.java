package io.tabien.contracts.grievance;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Evidence of a grievance; its description is sealed with the case's key (revision 1 carried it as plain text). */
@Revision("2")
public record GrievanceEvidenceAdded(
        GrievanceId grievanceId,
        SealedText description,
        String documentReference,
        LocalDate addedOn) {
}
