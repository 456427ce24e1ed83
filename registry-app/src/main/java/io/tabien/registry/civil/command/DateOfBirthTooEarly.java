package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

public class DateOfBirthTooEarly extends RuleViolation {

    DateOfBirthTooEarly(String field, LocalDate earliest) {
        super(field, "The register holds births from " + earliest + " on.");
    }
}
