package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class HolderDeceased extends RuleViolation {

    HolderDeceased() {
        super("holderPersonId", "The holder is registered as deceased.");
    }
}
