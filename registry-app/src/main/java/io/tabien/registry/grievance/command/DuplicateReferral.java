package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "DuplicateReferral", description = "A referral with this id is already recorded on the grievance.")
public class DuplicateReferral extends Conflict {

    DuplicateReferral() {
        super("A referral with this id is already recorded on the case.");
    }
}
