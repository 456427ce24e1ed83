package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Conflict;

public class AlreadyResolved extends Conflict {

    AlreadyResolved() {
        super("The case is already resolved.");
    }
}
