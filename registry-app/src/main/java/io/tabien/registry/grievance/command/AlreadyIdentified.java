package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Conflict;

public class AlreadyIdentified extends Conflict {

    AlreadyIdentified(String personId) {
        super("The worker is already identified as person " + personId + ".");
    }
}
