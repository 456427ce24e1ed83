package io.tabien.registry.audit.chain;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of the event store as the chain sees it; {@link LinkHasher} holds the chain's arithmetic. The encoding is
 * specified in docs/audit-chain.md so that anyone can recompute the chain without this code.
 */
public record ChainedEvent(
        long globalIndex,
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String aggregateType,
        String payloadType,
        String payloadRevision,
        String timeStamp,
        byte[] payload,
        byte[] metaData) {

    /** The hash before the first event: 32 zero bytes. */
    public static final byte[] GENESIS = new byte[32];

    /** The columns {@link #from(ResultSet)} reads, prefixed with {@code e.}. */
    public static final String COLUMNS = "e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, "
            + "e.type, e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data";

    public static ChainedEvent from(ResultSet row) throws SQLException {
        return new ChainedEvent(row.getLong("global_index"), row.getString("event_identifier"),
                row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("type"),
                row.getString("payload_type"), row.getString("payload_revision"), row.getString("time_stamp"),
                row.getBytes("payload"), row.getBytes("meta_data"));
    }

    /** SHA-256 over the previous hash followed by this event's canonical bytes (see {@link LinkHasher}). */
    public byte[] hash(byte[] previous) {
        return new LinkHasher().hash(previous, globalIndex, text(eventIdentifier), text(aggregateIdentifier),
                sequenceNumber, text(aggregateType), text(payloadType), text(payloadRevision), text(timeStamp), payload,
                metaData);
    }

    private static byte[] text(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }
}
