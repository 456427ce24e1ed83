package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

@Refusal(rule = "TerminationBeforeDeparture", description = "A contract under which the worker left ends on or "
        + "after the day they left.")
public class TerminationBeforeDeparture extends RuleViolation {

    TerminationBeforeDeparture(LocalDate departedOn) {
        super("terminatedOn", "The worker left on " + departedOn + " under this contract; it ends on or after that day.");
    }
}
