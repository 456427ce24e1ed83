package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "CaseClosed", description = "The grievance is closed; nothing more is recorded on it.")
public class CaseClosed extends Conflict {

    CaseClosed() {
        super("The case is closed; nothing more is recorded on it.");
    }
}
