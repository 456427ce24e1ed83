package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class DurationOutOfRange extends RuleViolation {

    DurationOutOfRange() {
        super("durationMonths", "A contract lasts 1 to 120 months.");
    }
}
