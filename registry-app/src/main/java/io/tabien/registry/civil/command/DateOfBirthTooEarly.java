package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

@Refusal(rule = "DateOfBirthTooEarly", description = "The date of birth lies before the first day the register "
        + "holds births for.")
public class DateOfBirthTooEarly extends RuleViolation {

    DateOfBirthTooEarly(String field, LocalDate earliest) {
        super(field, "The register holds births from " + earliest + " on.");
    }
}
