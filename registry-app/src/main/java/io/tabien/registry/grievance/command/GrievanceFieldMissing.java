package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class GrievanceFieldMissing extends RuleViolation {

    GrievanceFieldMissing(String field) {
        super(field, "The case needs " + field + ".");
    }
}
