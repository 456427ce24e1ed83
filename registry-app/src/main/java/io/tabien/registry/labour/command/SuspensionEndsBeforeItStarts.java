package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "SuspensionEndsBeforeItStarts", description = "A suspension ends on or after its first day.")
public class SuspensionEndsBeforeItStarts extends RuleViolation {

    SuspensionEndsBeforeItStarts() {
        super("until", "A suspension ends on or after its first day.");
    }
}
