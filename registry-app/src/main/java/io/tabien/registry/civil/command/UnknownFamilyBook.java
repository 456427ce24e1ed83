package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class UnknownFamilyBook extends RuleViolation {

    UnknownFamilyBook(String field) {
        super(field, "No family book with this id is recorded.");
    }
}
