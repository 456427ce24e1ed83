package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "UnknownContract", description = "The contract id names no recorded recruitment contract.")
public class UnknownContract extends RuleViolation {

    UnknownContract() {
        super("contractId", "No recruitment contract with this id is recorded.");
    }
}
