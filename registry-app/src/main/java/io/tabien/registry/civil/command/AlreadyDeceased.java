package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

import java.time.LocalDate;

@Refusal(rule = "AlreadyDeceased", description = "A death is already registered for this person.")
public class AlreadyDeceased extends Conflict {

    AlreadyDeceased(LocalDate dateOfDeath) {
        super("A death is already registered for this person (" + dateOfDeath + ").");
    }
}
