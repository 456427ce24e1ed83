package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class SuspensionEndsBeforeItStarts extends RuleViolation {

    SuspensionEndsBeforeItStarts() {
        super("until", "A suspension ends on or after its first day.");
    }
}
