package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "AlreadyAnswered", description = "The referral is already answered.")
public class AlreadyAnswered extends Conflict {

    AlreadyAnswered() {
        super("This referral is already answered.");
    }
}
