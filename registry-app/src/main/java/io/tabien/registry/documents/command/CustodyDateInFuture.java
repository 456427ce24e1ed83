package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

public class CustodyDateInFuture extends RuleViolation {

    CustodyDateInFuture(String field, LocalDate today) {
        super(field, "The date lies in the future; today is " + today + ".");
    }
}
