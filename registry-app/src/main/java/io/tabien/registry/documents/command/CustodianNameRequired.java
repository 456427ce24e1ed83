package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class CustodianNameRequired extends RuleViolation {

    CustodianNameRequired() {
        super("custodianName", "Name the employer, agency or office that holds the passport.");
    }
}
