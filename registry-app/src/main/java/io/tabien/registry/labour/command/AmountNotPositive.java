package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class AmountNotPositive extends RuleViolation {

    AmountNotPositive(String field) {
        super(field, "The amount must be more than zero.");
    }
}
