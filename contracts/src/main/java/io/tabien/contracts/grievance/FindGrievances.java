package io.tabien.contracts.grievance;

/** Grievances by country, status and category; each may be null. */
public record FindGrievances(String country, GrievanceStatus status, GrievanceCategory category,
                             GrievanceReaders readers) {
}
