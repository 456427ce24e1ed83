package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "AlreadyAMember", description = "The person is already a member of this family book.")
public class AlreadyAMember extends Conflict {

    AlreadyAMember() {
        super("This person is already a member of this family book.");
    }
}
