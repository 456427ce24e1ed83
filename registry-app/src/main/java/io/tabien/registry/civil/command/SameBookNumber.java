package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class SameBookNumber extends RuleViolation {

    SameBookNumber() {
        super("newBookNumber", "A replacement book gets a new number.");
    }
}
