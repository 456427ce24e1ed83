package io.tabien.registry.civil.query;

import io.tabien.registry.platform.errors.RuleViolation;

public class InvalidSearchCursor extends RuleViolation {

    InvalidSearchCursor() {
        super("after", "Not a cursor this search gave out; start again without 'after'.");
    }
}
