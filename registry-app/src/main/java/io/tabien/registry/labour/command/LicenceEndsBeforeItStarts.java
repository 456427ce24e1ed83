package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "LicenceEndsBeforeItStarts", description = "A licence ends after it starts.")
public class LicenceEndsBeforeItStarts extends RuleViolation {

    LicenceEndsBeforeItStarts() {
        super("licensedUntil", "A licence ends after it starts.");
    }
}
