package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "NotAMemberToLead", description = "The new head of the household is not a current member of the "
        + "family book.")
public class NotAMemberToLead extends RuleViolation {

    NotAMemberToLead() {
        super("personId", "The new head must be a current member of the family book.");
    }
}
