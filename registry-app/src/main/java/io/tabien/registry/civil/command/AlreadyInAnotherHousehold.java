package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;

public class AlreadyInAnotherHousehold extends Conflict {

    AlreadyInAnotherHousehold(String familyBookId) {
        super("This person is an active member of family book " + familyBookId + "; remove them there first.");
    }
}
