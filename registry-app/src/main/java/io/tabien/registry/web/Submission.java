package io.tabien.registry.web;

import io.tabien.registry.platform.commands.Actor;

import java.time.Instant;

/**
 * Who sends a write and how: the actor, the client's Idempotency-Key (or null), the correlation id, and when the
 * fact was captured on the client. Taken from a request's headers, or from an entry of a sync batch.
 */
public record Submission(Actor actor, String idempotencyKey, String correlationId, Instant recordedAt) {
}
