package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Conflict;

public class CaseClosed extends Conflict {

    CaseClosed() {
        super("The case is closed; nothing more is recorded on it.");
    }
}
