package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class UnknownGrievanceCountry extends RuleViolation {

    UnknownGrievanceCountry() {
        super("country", "Not an ISO 3166-1 alpha-2 country code, such as TH.");
    }
}
