package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "AnswerBeforeReferral", description = "A referral's answer dates from before the referral.")
public class AnswerBeforeReferral extends RuleViolation {

    AnswerBeforeReferral() {
        super("answeredOn", "A referral is answered after it is made.");
    }
}
