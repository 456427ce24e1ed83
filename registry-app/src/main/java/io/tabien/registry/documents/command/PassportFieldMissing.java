package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class PassportFieldMissing extends RuleViolation {

    PassportFieldMissing(String field) {
        super(field, "The record needs " + field + ".");
    }
}
