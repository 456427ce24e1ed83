package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Conflict;

import java.time.LocalDate;

public class AlreadySuspended extends Conflict {

    AlreadySuspended(LocalDate day) {
        super("The licence is already suspended on " + day + ".");
    }
}
