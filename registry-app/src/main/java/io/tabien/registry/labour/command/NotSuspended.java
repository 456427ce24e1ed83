package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Conflict;

import java.time.LocalDate;

public class NotSuspended extends Conflict {

    NotSuspended(LocalDate day) {
        super("The licence is not suspended on " + day + ".");
    }
}
