package io.tabien.registry.web;

/**
 * A command the registry accepted: what its handler answered, the global index of the last event written for the
 * aggregate, and whether this answer was replayed from an earlier request with the same Idempotency-Key.
 */
public record Accepted<R>(R result, long position, boolean replayed) {

    /** The position of a write sent in a batch, which learns the positions of all its writes at once at its end. */
    public static final long POSITION_UNKNOWN = -1;
}
