package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

@Refusal(rule = "ClosedBeforeResolution", description = "A grievance closes on or after the day it was resolved.")
public class ClosedBeforeResolution extends RuleViolation {

    ClosedBeforeResolution(LocalDate resolvedOn) {
        super("closedOn", "The case was resolved on " + resolvedOn + "; it closes on or after that day.");
    }
}
