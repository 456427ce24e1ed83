package io.tabien.registry.audit.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The chain's arithmetic: SHA-256 over the previous hash followed by the event's canonical bytes, fixed-width
 * numbers big-endian and every text or byte field preceded by its length as a 4-byte integer, texts in UTF-8 (the
 * encoding docs/audit-chain.md specifies). Streams the fields into one digest instead of building the bytes first;
 * reuses its digest and buffers, so one instance serves one thread.
 */
final class LinkHasher {

    private static final byte[] NONE = new byte[0];

    private final MessageDigest sha256;
    private final ByteBuffer number = ByteBuffer.allocate(8);

    LinkHasher() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Texts as their UTF-8 bytes; a missing text or byte field counts as empty. */
    byte[] hash(byte[] previous, long globalIndex, byte[] eventIdentifier, byte[] aggregateIdentifier,
                long sequenceNumber, byte[] aggregateType, byte[] payloadType, byte[] payloadRevision,
                byte[] timeStamp, byte[] payload, byte[] metaData) {
        sha256.update(previous);
        number(globalIndex);
        field(eventIdentifier);
        field(aggregateIdentifier);
        number(sequenceNumber);
        field(aggregateType);
        field(payloadType);
        field(payloadRevision);
        field(timeStamp);
        field(payload);
        field(metaData);
        return sha256.digest();
    }

    /**
     * The hash of the event in the current row, whose columns are {@link ChainedEvent#COLUMNS} in that order from
     * {@code first} on. The driver hands text columns over as the database sent them, UTF-8, so they are hashed
     * without being decoded first.
     */
    byte[] hash(byte[] previous, ResultSet row, int first) throws SQLException {
        return hash(previous, row.getLong(first), row.getBytes(first + 1), row.getBytes(first + 2),
                row.getLong(first + 3), row.getBytes(first + 4), row.getBytes(first + 5), row.getBytes(first + 6),
                row.getBytes(first + 7), row.getBytes(first + 8), row.getBytes(first + 9));
    }

    /**
     * The hash of an access-log entry: its number, its time in microseconds since the epoch, then its texts as
     * fields and each list of texts as its length (4 bytes) followed by its items as fields (docs/audit-chain.md).
     */
    byte[] hashAccess(byte[] previous, long entryId, long readAtMicros, String actor, String[] roles, String office,
                      String channel, String kind, String resource, String[] recordIds, String query, String purpose) {
        sha256.update(previous);
        number(entryId);
        number(readAtMicros);
        text(actor);
        texts(roles);
        text(office);
        text(channel);
        text(kind);
        text(resource);
        texts(recordIds);
        text(query);
        text(purpose);
        return sha256.digest();
    }

    private void text(String text) {
        field(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    private void texts(String[] texts) {
        String[] items = texts == null ? new String[0] : texts;
        sha256.update(number.putInt(0, items.length).array(), 0, 4);
        for (String item : items) {
            text(item);
        }
    }

    private void number(long value) {
        sha256.update(number.putLong(0, value).array(), 0, 8);
    }

    private void field(byte[] bytes) {
        byte[] value = bytes == null ? NONE : bytes;
        sha256.update(number.putInt(0, value.length).array(), 0, 4);
        sha256.update(value);
    }
}
