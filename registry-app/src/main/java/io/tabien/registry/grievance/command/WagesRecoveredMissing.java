package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "WagesRecoveredMissing", description = "A resolution with the outcome WAGES_RECOVERED says how "
        + "much was recovered.")
public class WagesRecoveredMissing extends RuleViolation {

    WagesRecoveredMissing() {
        super("wagesRecovered", "Say how much was recovered when the outcome is WAGES_RECOVERED.");
    }
}
