package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class HolderNotRegistered extends RuleViolation {

    HolderNotRegistered() {
        super("holderPersonId", "The holder has no birth registration; register the birth first.");
    }
}
