package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "ConsentRequired", description = "A referral has the worker's consent, or an override reason "
        + "saying why it goes ahead without.")
public class ConsentRequired extends RuleViolation {

    ConsentRequired() {
        super("consent", "A referral needs the worker's consent, or an override reason saying why it goes ahead without.");
    }
}
