package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class UnknownPerson extends RuleViolation {

    UnknownPerson(String field) {
        super(field, "No person with this id is registered.");
    }
}
