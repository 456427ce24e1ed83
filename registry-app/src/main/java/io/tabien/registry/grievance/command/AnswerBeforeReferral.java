package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class AnswerBeforeReferral extends RuleViolation {

    AnswerBeforeReferral() {
        super("answeredOn", "A referral is answered after it is made.");
    }
}
