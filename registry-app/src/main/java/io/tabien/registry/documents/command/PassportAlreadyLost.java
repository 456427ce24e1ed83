package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Conflict;

public class PassportAlreadyLost extends Conflict {

    PassportAlreadyLost() {
        super("This passport is already reported lost.");
    }
}
