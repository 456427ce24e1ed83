package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "LicenceNumberTaken", description = "The licence number is already recorded.")
public class LicenceNumberTaken extends Conflict {

    LicenceNumberTaken(String number) {
        super("Licence number " + number + " is already recorded.");
    }
}
