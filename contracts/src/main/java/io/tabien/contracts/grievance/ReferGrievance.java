package io.tabien.contracts.grievance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReferGrievance(
        @TargetAggregateIdentifier GrievanceId grievanceId,
        ReferralId referralId,
        ReferralTarget to,
        boolean consent,
        String overrideReason,
        LocalDate referredOn) {
}
