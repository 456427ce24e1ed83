package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class ReasonRequired extends RuleViolation {

    ReasonRequired(String field) {
        super(field, "Say why: a correction or change of the register needs a reason.");
    }
}
