package io.tabien.contracts.grievance;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ReferralAnswered(
        GrievanceId grievanceId,
        ReferralId referralId,
        ReferralAnswer answer,
        String reason,
        LocalDate answeredOn) {
}
