package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class UnknownCountryCode extends RuleViolation {

    UnknownCountryCode(String field) {
        super(field, "Not an ISO 3166-1 alpha-2 country code, such as TH.");
    }
}
