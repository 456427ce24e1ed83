package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Conflict;

public class LicenceNumberTaken extends Conflict {

    LicenceNumberTaken(String number) {
        super("Licence number " + number + " is already recorded.");
    }
}
