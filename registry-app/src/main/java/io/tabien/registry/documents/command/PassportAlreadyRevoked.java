package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "PassportAlreadyRevoked", description = "The passport is already revoked.")
public class PassportAlreadyRevoked extends Conflict {

    PassportAlreadyRevoked() {
        super("This passport is already revoked.");
    }
}
