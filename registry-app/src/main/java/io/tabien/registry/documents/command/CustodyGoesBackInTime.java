package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

@Refusal(rule = "CustodyGoesBackInTime", description = "A change of custody starts before the current custodian "
        + "received the passport.")
public class CustodyGoesBackInTime extends RuleViolation {

    CustodyGoesBackInTime(String field, LocalDate current) {
        super(field, "The passport has been with its current custodian since " + current + "; a later change cannot start earlier.");
    }
}
