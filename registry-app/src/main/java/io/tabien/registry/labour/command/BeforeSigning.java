package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class BeforeSigning extends RuleViolation {

    BeforeSigning(String field) {
        super(field, "The date is before the contract was signed.");
    }
}
