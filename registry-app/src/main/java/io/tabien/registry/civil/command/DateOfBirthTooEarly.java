package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

public class DateOfBirthTooEarly extends RuleViolation {

    DateOfBirthTooEarly(LocalDate earliest) {
        super("dateOfBirth", "The register holds births from " + earliest + " on.");
    }
}
