package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "BeforeLicence", description = "A date of the licence lies before the agency was licensed.")
public class BeforeLicence extends RuleViolation {

    BeforeLicence(String field) {
        super(field, "The date is before the agency was licensed.");
    }
}
