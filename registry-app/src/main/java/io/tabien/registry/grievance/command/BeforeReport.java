package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class BeforeReport extends RuleViolation {

    BeforeReport(String field) {
        super(field, "The date is before the grievance was reported.");
    }
}
