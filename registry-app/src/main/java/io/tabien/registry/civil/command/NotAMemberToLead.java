package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class NotAMemberToLead extends RuleViolation {

    NotAMemberToLead() {
        super("personId", "The new head must be a current member of the family book.");
    }
}
