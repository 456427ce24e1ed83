package io.tabien.registry.audit.chain;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * The chain processor's settled position read from the token it stored in {@code token_entry}, without Axon: the
 * highest global index below which it has seen every event, that is its index, or just below its oldest gap (an
 * index whose transaction had not committed when it passed). Offline this is the only way to know it; in the
 * registry it answers for a node that does not run the processor itself.
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
        try (PreparedStatement tokens = connection.prepareStatement(
                "select token_type, token from token_entry where processor_name = ?")) {
            tokens.setString(1, PROCESSOR);
            long settled = Long.MAX_VALUE;
            boolean any = false;
            try (ResultSet row = tokens.executeQuery()) {
                while (row.next()) {
                    any = true;
                    settled = Math.min(settled, settledPosition(row.getString(1), row.getBytes(2)));
                }
            }
            return any ? OptionalLong.of(settled) : OptionalLong.empty();
        }
    }

    /**
     * @param type  the token's class, as the token store records it; null with a null token
     * @param token its JSON bytes; null before the processor has handled an event
     * @throws IllegalArgumentException for a token this code cannot read
     */
    static long settledPosition(String type, byte[] token) {
        if (token == null) {
            return 0;
        }
        try {
            return settledPosition(type, JSON.readTree(token));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The " + PROCESSOR + " token is not JSON", e);
        }
    }

    private static long settledPosition(String type, JsonNode token) {
        if (token == null || token.isNull()) {
            return 0;
        }
        if (GAP_AWARE.equals(type)) {
            long settled = token.path("index").asLong();
            for (JsonNode gap : token.path("gaps")) {
                settled = Math.min(settled, gap.asLong() - 1);
            }
            return Math.max(0, settled);
        }
        if (REPLAY.equals(type)) {
            // A replaying processor has settled no further than the token it is redelivering from.
            JsonNode current = token.get("currentToken");
            return settledPosition(current == null ? null : current.path("@class").asString(null), current);
        }
        throw new IllegalArgumentException("Cannot read a " + PROCESSOR + " token of type " + type);
    }
}
