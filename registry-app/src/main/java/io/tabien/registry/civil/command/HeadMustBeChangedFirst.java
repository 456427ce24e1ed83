package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "HeadMustBeChangedFirst", description = "The head of the household leaves only after another "
        + "member becomes head.")
public class HeadMustBeChangedFirst extends Conflict {

    HeadMustBeChangedFirst() {
        super("The head of the household can leave only after another member becomes head.");
    }
}
