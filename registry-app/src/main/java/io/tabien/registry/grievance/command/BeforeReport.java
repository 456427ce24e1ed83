package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "BeforeReport", description = "A step of a grievance dates from before the grievance was reported.")
public class BeforeReport extends RuleViolation {

    BeforeReport(String field) {
        super(field, "The date is before the grievance was reported.");
    }
}
