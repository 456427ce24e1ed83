package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "NothingToCorrect", description = "A correction changes no field of the birth record.")
public class NothingToCorrect extends RuleViolation {

    NothingToCorrect() {
        super("changes", "A correction changes at least one field of the birth record.");
    }
}
