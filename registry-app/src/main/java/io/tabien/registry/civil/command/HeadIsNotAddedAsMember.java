package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "HeadIsNotAddedAsMember", description = "A member is added with their relationship to the head; "
        + "the head changes through its own operation.")
public class HeadIsNotAddedAsMember extends RuleViolation {

    HeadIsNotAddedAsMember() {
        super("relationship", "A household has one head: add the person with their relationship, then change the head.");
    }
}
