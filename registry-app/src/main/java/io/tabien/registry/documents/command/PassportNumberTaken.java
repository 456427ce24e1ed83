package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Conflict;

public class PassportNumberTaken extends Conflict {

    PassportNumberTaken(String number) {
        super("Passport number " + number + " is already recorded.");
    }
}
