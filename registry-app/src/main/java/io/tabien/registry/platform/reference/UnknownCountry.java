package io.tabien.registry.platform.reference;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "UnknownCountry", description = "Not an ISO 3166-1 alpha-2 country code, such as TH or LA.")
public class UnknownCountry extends RuleViolation {

    public UnknownCountry(String field) {
        super(field, "Not an ISO 3166-1 alpha-2 country code, such as TH or LA.");
    }
}
