package io.tabien.registry.platform.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The global index of an event, looked up by its identifier. A tracking token's position is not it: an event that
 * commits late, into a gap, arrives with the token of the highest index seen so far, so live processing and a
 * replay would disagree about its position. A processor handles events in batches; the positions of a whole batch
 * are looked up with its first event, in one query.
 */
public final class EventPositions {

    private static final String RESOURCE = EventPositions.class.getName();

    private EventPositions() {
    }

    public static long of(JdbcTemplate jdbc, EventMessage<?> event) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
            if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
                Map<String, Long> positions = batch.getOrComputeResource(RESOURCE,
                        key -> lookUp(jdbc, batch.getMessages()));
                Long index = positions.get(event.getIdentifier());
                if (index != null) {
                    return index;
                }
            }
        }
        Long index = jdbc.queryForObject("select global_index from domain_event_entry where event_identifier = ?",
                Long.class, event.getIdentifier());
        if (index == null) {
            throw new IllegalStateException("event " + event.getIdentifier() + " is not in the store");
        }
        return index;
    }

    private static Map<String, Long> lookUp(JdbcTemplate jdbc, List<? extends Message<?>> messages) {
        String[] identifiers = messages.stream().map(Message::getIdentifier).toArray(String[]::new);
        Map<String, Long> positions = new HashMap<>(identifiers.length * 2);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "select event_identifier, global_index from domain_event_entry where event_identifier = any(?)");
            statement.setArray(1, connection.createArrayOf("varchar", identifiers));
            return statement;
        }, row -> {
            positions.put(row.getString(1), row.getLong(2));
        });
        return positions;
    }
}
