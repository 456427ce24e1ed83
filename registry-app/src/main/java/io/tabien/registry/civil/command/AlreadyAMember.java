package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;

public class AlreadyAMember extends Conflict {

    AlreadyAMember() {
        super("This person is already a member of this family book.");
    }
}
