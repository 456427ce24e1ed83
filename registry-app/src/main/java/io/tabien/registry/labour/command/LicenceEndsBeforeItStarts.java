package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class LicenceEndsBeforeItStarts extends RuleViolation {

    LicenceEndsBeforeItStarts() {
        super("licensedUntil", "A licence ends after it starts.");
    }
}
