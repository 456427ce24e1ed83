package io.tabien.contracts.grievance;

import java.util.Set;

/** A grievance as a contract or a person view shows it: what it is about and where it stands, nothing more. */
public record GrievanceSummary(GrievanceId id, Set<GrievanceCategory> categories, GrievanceStatus status) {
}
