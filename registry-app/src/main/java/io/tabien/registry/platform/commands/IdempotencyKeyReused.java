package io.tabien.registry.platform.commands;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

/** The Idempotency-Key was already used by this user for a different request. */
@Refusal(rule = "IdempotencyKeyReused", description = "The Idempotency-Key was already used by this user for a "
        + "different request.")
public class IdempotencyKeyReused extends RuleViolation {

    IdempotencyKeyReused() {
        super("Idempotency-Key", "This Idempotency-Key was already used for a different request; use a new key.");
    }
}
