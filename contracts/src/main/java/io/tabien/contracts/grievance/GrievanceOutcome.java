package io.tabien.contracts.grievance;

/** What a resolution achieved. */
public enum GrievanceOutcome {
    WAGES_RECOVERED, DOCUMENT_RETURNED, REPATRIATED, PROSECUTION_REFERRED, MEDIATED, WITHDRAWN
}
