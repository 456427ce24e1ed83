package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "UnknownCurrency", description = "Not an ISO 4217 currency code, such as LAK, THB or USD.")
public class UnknownCurrency extends RuleViolation {

    UnknownCurrency(String field) {
        super(field, "Not an ISO 4217 currency code, such as LAK, THB or USD.");
    }
}
