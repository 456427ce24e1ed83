package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "DurationOutOfRange", description = "A contract lasts 1 to 120 months.")
public class DurationOutOfRange extends RuleViolation {

    DurationOutOfRange() {
        super("durationMonths", "A contract lasts 1 to 120 months.");
    }
}
