package io.tabien.contracts.grievance;

public record FindGrievance(GrievanceId grievanceId, GrievanceReaders readers) {
}
