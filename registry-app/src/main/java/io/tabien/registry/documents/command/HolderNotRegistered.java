package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "HolderNotRegistered", description = "The holder of a passport has no birth registration.")
public class HolderNotRegistered extends RuleViolation {

    HolderNotRegistered() {
        super("holderPersonId", "The holder has no birth registration; register the birth first.");
    }
}
