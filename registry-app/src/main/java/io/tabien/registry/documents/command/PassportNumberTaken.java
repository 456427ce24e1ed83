package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "PassportNumberTaken", description = "The passport number is already recorded.")
public class PassportNumberTaken extends Conflict {

    PassportNumberTaken(String number) {
        super("Passport number " + number + " is already recorded.");
    }
}
