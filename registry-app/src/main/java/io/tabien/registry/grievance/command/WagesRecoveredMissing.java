package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class WagesRecoveredMissing extends RuleViolation {

    WagesRecoveredMissing() {
        super("wagesRecovered", "Say how much was recovered when the outcome is WAGES_RECOVERED.");
    }
}
