package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "UnknownLanguage", description = "Not an ISO 639 language code, such as lo, th, hmn or en.")
public class UnknownLanguage extends RuleViolation {

    UnknownLanguage(String field) {
        super(field, "Not an ISO 639 language code, such as lo, th, hmn or en.");
    }
}
