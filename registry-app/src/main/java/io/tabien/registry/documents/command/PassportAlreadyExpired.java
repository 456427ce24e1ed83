package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

@Refusal(rule = "PassportAlreadyExpired", description = "The passport's expiry date has passed.")
public class PassportAlreadyExpired extends RuleViolation {

    PassportAlreadyExpired(LocalDate today) {
        super("expiresOn", "This passport has already expired; today is " + today + ".");
    }
}
