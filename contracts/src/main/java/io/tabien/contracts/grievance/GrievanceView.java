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
}
