package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

public class DateOfBirthInFuture extends RuleViolation {

    DateOfBirthInFuture(String field, LocalDate today) {
        super(field, "The date of birth lies in the future; today is " + today + ".");
    }
}
