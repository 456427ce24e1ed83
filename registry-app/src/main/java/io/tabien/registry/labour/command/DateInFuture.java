package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

public class DateInFuture extends RuleViolation {

    DateInFuture(String field, LocalDate today) {
        super(field, "The date lies in the future; today is " + today + ".");
    }
}
