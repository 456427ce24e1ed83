package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "PassportAlreadyLost", description = "The passport is already reported lost.")
public class PassportAlreadyLost extends Conflict {

    PassportAlreadyLost() {
        super("This passport is already reported lost.");
    }
}
