package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

public class DateOfDeathInFuture extends RuleViolation {

    DateOfDeathInFuture(LocalDate today) {
        super("dateOfDeath", "The date of death lies in the future; today is " + today + ".");
    }
}
