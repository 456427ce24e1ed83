package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "AlreadyResolved", description = "The grievance is already resolved.")
public class AlreadyResolved extends Conflict {

    AlreadyResolved() {
        super("The case is already resolved.");
    }
}
