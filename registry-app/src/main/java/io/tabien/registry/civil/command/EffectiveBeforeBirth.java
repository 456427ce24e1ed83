package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class EffectiveBeforeBirth extends RuleViolation {

    EffectiveBeforeBirth() {
        super("effectiveDate", "The date is before the person's birth.");
    }
}
