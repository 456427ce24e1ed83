package io.tabien.registry.sync;

import tools.jackson.databind.JsonNode;

import java.util.UUID;

/**
 * One write captured on a client, as a batch carries it.
 *
 * @param kind            which endpoint's write it is ({@code birth}, {@code death}, ...)
 * @param idempotencyKey  the client's key for it, the same whether it is sent alone or in a batch
 * @param recordedAt      when it was captured on the client (ISO-8601 instant), as the {@code Recorded-At} header
 * @param target          the record it changes, for a kind that changes one
 * @param expectedVersion the version of the target the change was based on, as {@code If-Match}
 * @param body            exactly the body the endpoint takes
 */
public record SyncEntry(String kind, String idempotencyKey, String recordedAt, UUID target, Long expectedVersion,
                        JsonNode body) {
}
