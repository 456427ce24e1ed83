package io.tabien.registry.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of the event store as the chain sees it, and the chain's arithmetic. The encoding is specified in
 * docs/audit-chain.md so that anyone can recompute the chain without this code.
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

    /** Fixed-width numbers big-endian; every text or byte field preceded by its length as a 4-byte integer. */
    public byte[] canonicalBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + payload.length);
        out.writeBytes(ByteBuffer.allocate(8).putLong(globalIndex).array());
        field(out, text(eventIdentifier));
        field(out, text(aggregateIdentifier));
        out.writeBytes(ByteBuffer.allocate(8).putLong(sequenceNumber).array());
        field(out, text(aggregateType));
        field(out, text(payloadType));
        field(out, text(payloadRevision));
        field(out, text(timeStamp));
        field(out, payload);
        field(out, metaData == null ? new byte[0] : metaData);
        return out.toByteArray();
    }

    /** SHA-256 over the previous hash followed by this event's canonical bytes. */
    public byte[] hash(byte[] previous) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous);
            sha256.update(canonicalBytes());
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] text(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
