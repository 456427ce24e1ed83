package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "BeforeSigning", description = "A step of a contract dates from before the contract was signed.")
public class BeforeSigning extends RuleViolation {

    BeforeSigning(String field) {
        super(field, "The date is before the contract was signed.");
    }
}
