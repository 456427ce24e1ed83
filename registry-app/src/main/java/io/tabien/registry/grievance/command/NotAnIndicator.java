package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "NotAnIndicator", description = "A screening indicator is not one of the ILO indicators of forced "
        + "labour.")
public class NotAnIndicator extends RuleViolation {

    NotAnIndicator(String indicator) {
        super("indicators", indicator + " is not one of the ILO indicators of forced labour.");
    }
}
