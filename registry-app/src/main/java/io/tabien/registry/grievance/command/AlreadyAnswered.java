package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Conflict;

public class AlreadyAnswered extends Conflict {

    AlreadyAnswered() {
        super("This referral is already answered.");
    }
}
