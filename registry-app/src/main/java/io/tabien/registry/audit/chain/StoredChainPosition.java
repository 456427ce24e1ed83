package io.tabien.registry.audit.chain;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;

/**
 * The chain processor's settled position read from the token it stored in {@code token_entry}, without Axon: the
 * highest global index below which it has seen every event, that is its index, or just below its oldest gap (an
 * index whose transaction had not committed when it passed). Offline this is the only way to know it; in the
 * registry it answers for a node that does not run the processor itself.
 * <p>
 * A gap that stays empty after every transaction running now has ended is left for good (its transaction rolled
 * back) and holds nothing back; Axon drops such gaps from the token only after its gap timeout.
 */
final class StoredChainPosition {

    private static final String PROCESSOR = EventChainProcessor.NAME;
    private static final String GAP_AWARE = "org.axonframework.eventhandling.GapAwareTrackingToken";
    private static final String REPLAY = "org.axonframework.eventhandling.ReplayToken";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredChainPosition() {
    }

    /** Empty when the processor has stored no token at all. */
    static OptionalLong settledPosition(Connection connection) throws SQLException {
        LongPredicate leftForGood = leftForGood(connection);
        try (PreparedStatement tokens = connection.prepareStatement(
                "select token_type, token from token_entry where processor_name = ?")) {
            tokens.setString(1, PROCESSOR);
            long settled = Long.MAX_VALUE;
            boolean any = false;
            try (ResultSet row = tokens.executeQuery()) {
                while (row.next()) {
                    any = true;
                    settled = Math.min(settled, settledPosition(row.getString(1), row.getBytes(2), leftForGood));
                }
            }
            return any ? OptionalLong.of(settled) : OptionalLong.empty();
        }
    }

    /**
     * Waits, a few seconds at most, until every transaction running now has ended; then an empty gap is empty for
     * good. If one runs on, no gap is given up.
     */
    private static LongPredicate leftForGood(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            // Inside a transaction the snapshot is fixed: the transactions running now would never be seen to end.
            return gap -> false;
        }
        long horizon = snapshotBound(connection, "pg_snapshot_xmax");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (snapshotBound(connection, "pg_snapshot_xmin") < horizon) {
            if (System.nanoTime() > deadline) {
                return gap -> false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return gap -> false;
            }
        }
        return gap -> {
            try (PreparedStatement stored = connection.prepareStatement(
                    "select exists (select 1 from domain_event_entry where global_index = ?)")) {
                stored.setLong(1, gap);
                try (ResultSet row = stored.executeQuery()) {
                    return row.next() && !row.getBoolean(1);
                }
            } catch (SQLException e) {
                return false;
            }
        };
    }

    private static long snapshotBound(Connection connection, String bound) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select " + bound + "(pg_current_snapshot())::text::bigint");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * @param type  the token's class, as the token store records it; null with a null token
     * @param token its JSON bytes; null before the processor has handled an event
     * @throws IllegalArgumentException for a token this code cannot read
     */
    static long settledPosition(String type, byte[] token) {
        return settledPosition(type, token, gap -> false);
    }

    /** As {@link #settledPosition(String, byte[])}, passing the gaps {@code leftForGood} tells are empty for good. */
    static long settledPosition(String type, byte[] token, LongPredicate leftForGood) {
        if (token == null) {
            return 0;
        }
        try {
            return settledPosition(type, JSON.readTree(token), leftForGood);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The " + PROCESSOR + " token is not JSON", e);
        }
    }

    private static long settledPosition(String type, JsonNode token, LongPredicate leftForGood) {
        if (token == null || token.isNull()) {
            return 0;
        }
        if (GAP_AWARE.equals(type)) {
            long settled = token.path("index").asLong();
            for (JsonNode gap : token.path("gaps")) {
                if (!leftForGood.test(gap.asLong())) {
                    settled = Math.min(settled, gap.asLong() - 1);
                }
            }
            return Math.max(0, settled);
        }
        if (REPLAY.equals(type)) {
            // A replaying processor has settled no further than the token it is redelivering from.
            JsonNode current = token.get("currentToken");
            return settledPosition(current == null ? null : current.path("@class").asString(null), current,
                    leftForGood);
        }
        throw new IllegalArgumentException("Cannot read a " + PROCESSOR + " token of type " + type);
    }
}
