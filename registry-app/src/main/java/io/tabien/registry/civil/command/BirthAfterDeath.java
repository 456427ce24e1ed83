package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

@Refusal(rule = "BirthAfterDeath", description = "A corrected date of birth would fall after the registered date "
        + "of death.")
public class BirthAfterDeath extends RuleViolation {

    BirthAfterDeath(LocalDate dateOfDeath) {
        super("changes.dateOfBirth", "The date of birth would fall after the date of death (" + dateOfDeath + ").");
    }
}
