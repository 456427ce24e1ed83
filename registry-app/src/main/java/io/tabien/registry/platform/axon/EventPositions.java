package io.tabien.registry.platform.axon;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The global index of an event, looked up by its identifier. A tracking token's position is not it: an event that
 * commits late, into a gap, arrives with the token of the highest index seen so far, so live processing and a
 * replay would disagree about its position.
 */
public final class EventPositions {

    private EventPositions() {
    }

    public static long of(JdbcTemplate jdbc, EventMessage<?> event) {
        Long index = jdbc.queryForObject("select global_index from domain_event_entry where event_identifier = ?",
                Long.class, event.getIdentifier());
        if (index == null) {
            throw new IllegalStateException("event " + event.getIdentifier() + " is not in the store");
        }
        return index;
    }
}
