package io.tabien.registry.platform.reference;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "UnknownDistrict", description = "Not a known district code (four digits PPDD, such as 1501); see "
        + "/api/reference/districts.")
public class UnknownDistrict extends RuleViolation {

    UnknownDistrict(String field) {
        super(field, "Not a known district code (four digits PPDD, such as 1501); see /api/reference/districts.");
    }
}
