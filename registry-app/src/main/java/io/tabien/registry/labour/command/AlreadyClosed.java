package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Conflict;

public class AlreadyClosed extends Conflict {

    AlreadyClosed() {
        super("The agency is already closed.");
    }
}
