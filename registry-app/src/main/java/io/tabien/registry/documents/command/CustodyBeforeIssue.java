package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class CustodyBeforeIssue extends RuleViolation {

    CustodyBeforeIssue(String field) {
        super(field, "The date is before the passport was issued.");
    }
}
