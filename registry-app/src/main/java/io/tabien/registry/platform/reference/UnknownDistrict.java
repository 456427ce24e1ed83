package io.tabien.registry.platform.reference;

import io.tabien.registry.platform.errors.RuleViolation;

public class UnknownDistrict extends RuleViolation {

    UnknownDistrict(String field) {
        super(field, "Not a known district code (four digits PPDD, such as 1501); see /api/reference/districts.");
    }
}
