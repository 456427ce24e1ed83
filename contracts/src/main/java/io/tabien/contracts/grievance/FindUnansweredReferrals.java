package io.tabien.contracts.grievance;

import java.time.LocalDate;

/** Referrals without an answer more than {@code days} days after they were made, judged on {@code asOf}. */
public record FindUnansweredReferrals(int days, LocalDate asOf, String country) {
}
