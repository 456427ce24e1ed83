package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "LicenceScopeRequired", description = "A licence names at least one destination and one sector.")
public class LicenceScopeRequired extends RuleViolation {

    LicenceScopeRequired(String field) {
        super(field, "A licence names at least one destination and one sector.");
    }
}
