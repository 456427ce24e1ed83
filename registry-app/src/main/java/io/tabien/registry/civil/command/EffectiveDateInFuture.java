package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

public class EffectiveDateInFuture extends RuleViolation {

    EffectiveDateInFuture(LocalDate today) {
        super("effectiveDate", "The date lies in the future; today is " + today + ".");
    }
}
