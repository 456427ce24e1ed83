package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class UnknownCountry extends RuleViolation {

    UnknownCountry(String field) {
        super(field, "Not an ISO 3166-1 alpha-2 country code, such as TH or LA.");
    }
}
