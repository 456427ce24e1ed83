package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

public class IssueDateInFuture extends RuleViolation {

    IssueDateInFuture(LocalDate today) {
        super("issuedOn", "The issue date lies in the future; today is " + today + ".");
    }
}
