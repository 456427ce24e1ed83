package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class ExpiryNotAfterIssue extends RuleViolation {

    ExpiryNotAfterIssue() {
        super("expiresOn", "A passport expires after the day it is issued.");
    }
}
