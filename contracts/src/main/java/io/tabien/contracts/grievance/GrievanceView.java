package io.tabien.contracts.grievance;

import java.time.LocalDate;
import java.util.Set;

/** A grievance; {@code caseFile} is null for readers who may not see it. */
public record GrievanceView(
        GrievanceId id,
        String country,
        GrievanceChannel channel,
        Set<GrievanceCategory> categories,
        GrievanceStatus status,
        LocalDate reportedOn,
        LocalDate resolvedOn,
        LocalDate closedOn,
        CaseFileView caseFile) {

    /** What a reader sees who has not said why they read the case file: what it is about, its status and dates. */
    public GrievanceView withoutCaseFile() {
        return caseFile == null ? this : new GrievanceView(id, country, channel, categories, status, reportedOn,
                resolvedOn, closedOn, null);
    }
}
