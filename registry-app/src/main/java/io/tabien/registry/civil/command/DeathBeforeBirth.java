package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

@Refusal(rule = "DeathBeforeBirth", description = "The date of death is before the date of birth.")
public class DeathBeforeBirth extends RuleViolation {

    DeathBeforeBirth(LocalDate dateOfBirth) {
        super("dateOfDeath", "The date of death is before the date of birth (" + dateOfBirth + ").");
    }
}
