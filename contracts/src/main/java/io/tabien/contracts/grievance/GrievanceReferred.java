package io.tabien.contracts.grievance;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record GrievanceReferred(
        GrievanceId grievanceId,
        ReferralId referralId,
        ReferralTarget to,
        boolean consent,
        String overrideReason,
        LocalDate referredOn) {
}
