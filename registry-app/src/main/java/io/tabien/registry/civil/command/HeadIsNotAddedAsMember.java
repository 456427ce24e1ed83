package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class HeadIsNotAddedAsMember extends RuleViolation {

    HeadIsNotAddedAsMember() {
        super("relationship", "A household has one head: add the person with their relationship, then change the head.");
    }
}
