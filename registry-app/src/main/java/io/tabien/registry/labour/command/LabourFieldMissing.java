package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class LabourFieldMissing extends RuleViolation {

    LabourFieldMissing(String field) {
        super(field, "The record needs " + field + ".");
    }
}
