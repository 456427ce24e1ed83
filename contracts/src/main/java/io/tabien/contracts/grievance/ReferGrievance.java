package io.tabien.contracts.grievance;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReferGrievance(
        @TargetAggregateIdentifier GrievanceId grievanceId,
        ReferralId referralId,
        ReferralTarget to,
        boolean consent,
        @Text(maxLength = 1000, multiLine = true) String overrideReason,
        LocalDate referredOn) {
}
