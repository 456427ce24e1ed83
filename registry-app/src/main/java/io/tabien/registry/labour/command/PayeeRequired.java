package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "PayeeRequired", description = "A fee payment names who was paid, or gives the paid agency's id.")
public class PayeeRequired extends RuleViolation {

    PayeeRequired() {
        super("payeeName", "Name who was paid, or give payeeAgencyId.");
    }
}
