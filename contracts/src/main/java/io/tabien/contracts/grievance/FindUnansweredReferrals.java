package io.tabien.contracts.grievance;

import java.time.LocalDate;

/**
 * Referrals without an answer more than {@code days} days after they were made, judged on {@code asOf}.
 *
 * @param country the only country whose referrals the asker tracks (a labour attaché's), or null for every country
 */
public record FindUnansweredReferrals(int days, LocalDate asOf, String country) {
}
