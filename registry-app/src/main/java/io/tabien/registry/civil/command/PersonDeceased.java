package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class PersonDeceased extends RuleViolation {

    PersonDeceased(String field) {
        super(field, "This person is registered as deceased.");
    }
}
