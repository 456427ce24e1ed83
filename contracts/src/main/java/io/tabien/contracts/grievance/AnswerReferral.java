package io.tabien.contracts.grievance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AnswerReferral(
        @TargetAggregateIdentifier GrievanceId grievanceId,
        ReferralId referralId,
        ReferralAnswer answer,
        String reason,
        LocalDate answeredOn) {
}
