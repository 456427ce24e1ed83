package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "AmountNotPositive", description = "An amount of money is zero or less.")
public class AmountNotPositive extends RuleViolation {

    AmountNotPositive(String field) {
        super(field, "The amount must be more than zero.");
    }
}
