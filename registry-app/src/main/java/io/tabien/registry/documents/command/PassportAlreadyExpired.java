package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

public class PassportAlreadyExpired extends RuleViolation {

    PassportAlreadyExpired(LocalDate today) {
        super("expiresOn", "This passport has already expired; today is " + today + ".");
    }
}
