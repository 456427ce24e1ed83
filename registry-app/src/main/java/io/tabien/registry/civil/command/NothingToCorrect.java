package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class NothingToCorrect extends RuleViolation {

    NothingToCorrect() {
        super("changes", "A correction changes at least one field of the birth record.");
    }
}
