package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class RequiredFieldMissing extends RuleViolation {

    RequiredFieldMissing(String field) {
        super(field, "The record needs " + field + ".");
    }
}
