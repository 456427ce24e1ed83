package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "AlreadyIdentified", description = "The grievance's worker is already identified.")
public class AlreadyIdentified extends Conflict {

    AlreadyIdentified(String personId) {
        super("The worker is already identified as person " + personId + ".");
    }
}
