package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Conflict;

public class PassportAlreadyRevoked extends Conflict {

    PassportAlreadyRevoked() {
        super("This passport is already revoked.");
    }
}
