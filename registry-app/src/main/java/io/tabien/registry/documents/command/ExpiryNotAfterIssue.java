package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "ExpiryNotAfterIssue", description = "A passport expires after the day it is issued.")
public class ExpiryNotAfterIssue extends RuleViolation {

    ExpiryNotAfterIssue() {
        super("expiresOn", "A passport expires after the day it is issued.");
    }
}
