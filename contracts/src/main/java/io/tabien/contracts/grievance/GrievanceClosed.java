package io.tabien.contracts.grievance;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record GrievanceClosed(GrievanceId grievanceId, LocalDate closedOn) {
}
