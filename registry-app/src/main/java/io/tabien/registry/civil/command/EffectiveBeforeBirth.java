package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "EffectiveBeforeBirth", description = "A change of household takes effect before the person was born.")
public class EffectiveBeforeBirth extends RuleViolation {

    EffectiveBeforeBirth() {
        super("effectiveDate", "The date is before the person's birth.");
    }
}
