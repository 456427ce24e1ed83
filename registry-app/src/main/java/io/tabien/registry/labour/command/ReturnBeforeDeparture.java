package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

@Refusal(rule = "ReturnBeforeDeparture", description = "A worker returns on or after the day they left.")
public class ReturnBeforeDeparture extends RuleViolation {

    ReturnBeforeDeparture(LocalDate departedOn) {
        super("returnedOn", "The worker left on " + departedOn + "; they cannot return before.");
    }
}
