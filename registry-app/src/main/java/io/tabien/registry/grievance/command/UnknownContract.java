package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class UnknownContract extends RuleViolation {

    UnknownContract() {
        super("contractId", "No recruitment contract with this id is recorded.");
    }
}
