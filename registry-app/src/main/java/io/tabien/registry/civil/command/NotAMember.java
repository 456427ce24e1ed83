package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "NotAMember", description = "The person is not a current member of this family book.")
public class NotAMember extends Conflict {

    NotAMember() {
        super("This person is not a current member of this family book.");
    }
}
