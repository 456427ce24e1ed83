package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

@Refusal(rule = "RenewalDoesNotExtend", description = "A renewal extends the licence beyond its current end.")
public class RenewalDoesNotExtend extends RuleViolation {

    RenewalDoesNotExtend(LocalDate current) {
        super("licensedUntil", "A renewal extends the licence beyond " + current + ".");
    }
}
