package io.tabien.contracts.grievance;

/** Where a case stands. */
public enum GrievanceStatus {
    OPEN, RESOLVED, CLOSED
}
