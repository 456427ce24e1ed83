package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

public class TerminationBeforeDeparture extends RuleViolation {

    TerminationBeforeDeparture(LocalDate departedOn) {
        super("terminatedOn", "The worker left on " + departedOn + " under this contract; it ends on or after that day.");
    }
}
