package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;

public class HeadMustBeChangedFirst extends Conflict {

    HeadMustBeChangedFirst() {
        super("The head of the household can leave only after another member becomes head.");
    }
}
