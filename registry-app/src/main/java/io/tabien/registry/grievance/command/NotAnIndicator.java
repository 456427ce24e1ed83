package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class NotAnIndicator extends RuleViolation {

    NotAnIndicator(String indicator) {
        super("indicators", indicator + " is not one of the ILO indicators of forced labour.");
    }
}
