package io.tabien.registry.web;

import io.tabien.contracts.TypedId;

/**
 * A write as its endpoint takes it, whether it arrives alone or in a sync batch: the record it writes to, the
 * command, the request body as the client sent it (a retry must send the same), and how it is answered.
 *
 * @param path       the endpoint's path for this record ({@code /api/persons/{id}/death}): who may call it is decided
 *                   on it, and an Idempotency-Key is bound to it
 * @param createdIn  the collection a created record is found in ({@code /api/persons}), answered 201 with its
 *                   location; null for a change to {@code recordId}, answered 200
 * @param resultType what the command's handler answers: the new record's id, or nothing
 */
public record Write<R>(String path, TypedId recordId, Object command, Object body, Class<R> resultType,
                       String createdIn) {

    /** A write that creates the record {@code id}, found at {@code createdIn/id}. */
    public static <R extends TypedId> Write<R> creating(String createdIn, R id, Object command, Object body,
                                                        Class<R> resultType) {
        return new Write<>(createdIn, id, command, body, resultType, createdIn);
    }

    /** A write that changes the record {@code id} through the endpoint at {@code path}. */
    public static Write<Void> changing(String path, TypedId id, Object command, Object body) {
        return new Write<>(path, id, command, body, Void.class, null);
    }

    public boolean creates() {
        return createdIn != null;
    }
}
