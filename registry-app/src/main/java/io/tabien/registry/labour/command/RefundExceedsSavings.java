package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "RefundExceedsSavings", description = "A savings refund is more than the savings held.")
public class RefundExceedsSavings extends RuleViolation {

    RefundExceedsSavings(String balance) {
        super("amount", "The refund is more than the savings held (" + balance + ").");
    }
}
