package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Conflict;

public class AlreadyWithHolder extends Conflict {

    AlreadyWithHolder() {
        super("The passport is already with its holder.");
    }
}
