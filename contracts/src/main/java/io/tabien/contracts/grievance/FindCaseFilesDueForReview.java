package io.tabien.contracts.grievance;

import java.time.LocalDate;

/** Case files still readable of grievances closed before {@code closedBefore}: their retention period has ended. */
public record FindCaseFilesDueForReview(LocalDate closedBefore, LocalDate asOf) {
}
