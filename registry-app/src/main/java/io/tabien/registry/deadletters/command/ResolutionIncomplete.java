package io.tabien.registry.deadletters.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

/** A resolution must say which parked events it resolves and why. */
@Refusal(rule = "ResolutionIncomplete", description = "A resolution of parked events names the events it resolves "
        + "and says why.")
public class ResolutionIncomplete extends RuleViolation {

    ResolutionIncomplete(String field, String message) {
        super(field, message);
    }
}
