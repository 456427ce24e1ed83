package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;

public class NotAMember extends Conflict {

    NotAMember() {
        super("This person is not a current member of this family book.");
    }
}
