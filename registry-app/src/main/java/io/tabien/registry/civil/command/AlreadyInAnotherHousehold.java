package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "AlreadyInAnotherHousehold", description = "The person is an active member of another family book; "
        + "a person belongs to one household at a time.")
public class AlreadyInAnotherHousehold extends Conflict {

    AlreadyInAnotherHousehold(String familyBookId) {
        super("This person is an active member of family book " + familyBookId + "; remove them there first.");
    }
}
