package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "AlreadyHeadOfHousehold", description = "The person is already the head of this household.")
public class AlreadyHeadOfHousehold extends Conflict {

    AlreadyHeadOfHousehold() {
        super("This person is already the head of this household.");
    }
}
