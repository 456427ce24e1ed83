package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;

public class FamilyBookNumberTaken extends Conflict {

    FamilyBookNumberTaken(String district, String number) {
        super("Book number " + number + " is already used in district " + district + ".");
    }
}
