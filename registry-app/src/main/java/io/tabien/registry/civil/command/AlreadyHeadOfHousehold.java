package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;

public class AlreadyHeadOfHousehold extends Conflict {

    AlreadyHeadOfHousehold() {
        super("This person is already the head of this household.");
    }
}
