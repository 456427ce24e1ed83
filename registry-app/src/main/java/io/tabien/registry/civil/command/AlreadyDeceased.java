package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;

import java.time.LocalDate;

public class AlreadyDeceased extends Conflict {

    AlreadyDeceased(LocalDate dateOfDeath) {
        super("A death is already registered for this person (" + dateOfDeath + ").");
    }
}
