package io.tabien.contracts.grievance;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AnswerReferral(
        @TargetAggregateIdentifier GrievanceId grievanceId,
        ReferralId referralId,
        ReferralAnswer answer,
        @Text(maxLength = 1000, multiLine = true) String reason,
        LocalDate answeredOn) {
}
