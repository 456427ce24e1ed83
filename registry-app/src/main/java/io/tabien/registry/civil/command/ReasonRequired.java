package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "ReasonRequired", description = "A correction or change of the register says why.")
public class ReasonRequired extends RuleViolation {

    ReasonRequired(String field) {
        super(field, "Say why: a correction or change of the register needs a reason.");
    }
}
