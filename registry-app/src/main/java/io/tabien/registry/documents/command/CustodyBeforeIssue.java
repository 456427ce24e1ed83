package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "CustodyBeforeIssue", description = "A change of custody dates from before the passport was issued.")
public class CustodyBeforeIssue extends RuleViolation {

    CustodyBeforeIssue(String field) {
        super(field, "The date is before the passport was issued.");
    }
}
