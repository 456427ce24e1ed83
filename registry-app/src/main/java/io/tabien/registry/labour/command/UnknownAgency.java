package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "UnknownAgency", description = "The agency id names no recorded recruitment agency.")
public class UnknownAgency extends RuleViolation {

    UnknownAgency(String field) {
        super(field, "No recruitment agency with this id is recorded.");
    }
}
