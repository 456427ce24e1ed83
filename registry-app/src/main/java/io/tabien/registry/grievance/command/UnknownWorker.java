package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class UnknownWorker extends RuleViolation {

    UnknownWorker(String field) {
        super(field, "No person with this id is registered.");
    }
}
