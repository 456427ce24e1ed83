package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "FamilyBookNumberTaken", description = "The family book number is already used in the district.")
public class FamilyBookNumberTaken extends Conflict {

    FamilyBookNumberTaken(String district, String number) {
        super("Book number " + number + " is already used in district " + district + ".");
    }
}
