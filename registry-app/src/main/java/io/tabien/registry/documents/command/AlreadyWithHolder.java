package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "AlreadyWithHolder", description = "The passport is already with its holder.")
public class AlreadyWithHolder extends Conflict {

    AlreadyWithHolder() {
        super("The passport is already with its holder.");
    }
}
