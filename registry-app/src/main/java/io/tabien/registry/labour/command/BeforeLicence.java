package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class BeforeLicence extends RuleViolation {

    BeforeLicence(String field) {
        super(field, "The date is before the agency was licensed.");
    }
}
