package io.tabien.contracts.grievance;

import java.time.LocalDate;

/** A closed case whose case file has been kept longer than the retention period: to be reviewed for erasure. */
public record CaseFileDueForReview(GrievanceId grievanceId, String country, LocalDate closedOn, long daysClosed) {
}
