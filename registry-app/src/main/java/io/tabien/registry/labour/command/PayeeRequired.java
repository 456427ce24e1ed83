package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class PayeeRequired extends RuleViolation {

    PayeeRequired() {
        super("payeeName", "Name who was paid, or give payeeAgencyId.");
    }
}
