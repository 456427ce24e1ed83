package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "CustodianNameRequired", description = "A passport out of its holder's hands names the employer, "
        + "agency or office that holds it.")
public class CustodianNameRequired extends RuleViolation {

    CustodianNameRequired() {
        super("custodianName", "Name the employer, agency or office that holds the passport.");
    }
}
