package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "AlreadyClosed", description = "The agency is already closed.")
public class AlreadyClosed extends Conflict {

    AlreadyClosed() {
        super("The agency is already closed.");
    }
}
