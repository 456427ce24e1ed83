package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "SameBookNumber", description = "A replacement family book gets a new number.")
public class SameBookNumber extends RuleViolation {

    SameBookNumber() {
        super("newBookNumber", "A replacement book gets a new number.");
    }
}
