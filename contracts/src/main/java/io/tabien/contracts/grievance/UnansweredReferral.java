package io.tabien.contracts.grievance;

import java.time.LocalDate;

public record UnansweredReferral(ReferralId id, GrievanceId grievanceId, String country, ReferralTarget to,
                                 LocalDate referredOn, long daysWaiting) {
}
