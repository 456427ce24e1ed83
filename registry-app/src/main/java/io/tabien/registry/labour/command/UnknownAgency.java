package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class UnknownAgency extends RuleViolation {

    UnknownAgency(String field) {
        super(field, "No recruitment agency with this id is recorded.");
    }
}
