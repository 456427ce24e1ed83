package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

public class RenewalDoesNotExtend extends RuleViolation {

    RenewalDoesNotExtend(LocalDate current) {
        super("licensedUntil", "A renewal extends the licence beyond " + current + ".");
    }
}
