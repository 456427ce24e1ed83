package io.tabien.registry.web;

import io.tabien.contracts.TypedId;
import io.tabien.registry.platform.axon.ProjectionProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the last event each user wrote, so that their next read waits (briefly) until the projection it
 * reads from has processed that event. Other users' reads never wait.
 */
@Component
public class ReadYourWrites {

    private final Map<String, Long> lastWrittenByUser = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final ProjectionProgress progress;
    private final Duration maxWait;

    ReadYourWrites(JdbcTemplate jdbc, ProjectionProgress progress,
                   @Value("${tabien.reads.max-wait-for-own-writes:PT5S}") Duration maxWait) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.maxWait = maxWait;
    }

    /** Notes that {@code username} just wrote to the aggregate; answers the global index of its last event. */
    long wrote(String username, TypedId aggregateId) {
        long known = jdbc.query("""
                        select global_index from domain_event_entry
                        where aggregate_identifier = ? order by sequence_number desc limit 1""",
                (row, n) -> row.getLong(1), aggregateId.toString()).stream().findFirst().orElse(-1L);
        lastWrittenByUser.merge(username, known, Math::max);
        return known;
    }

    /**
     * Notes that {@code username} just wrote to these aggregates (a batch's records); answers the global index of the
     * last event of each, by its id, in one query.
     */
    public Map<TypedId, Long> wrote(String username, Collection<? extends TypedId> aggregateIds) {
        Map<String, TypedId> byIdentifier = new HashMap<>();
        aggregateIds.forEach(id -> byIdentifier.put(id.toString(), id));
        Map<TypedId, Long> positions = new HashMap<>();
        if (byIdentifier.isEmpty()) {
            return positions;
        }
        jdbc.query("""
                        select distinct on (aggregate_identifier) aggregate_identifier, global_index
                        from domain_event_entry where aggregate_identifier = any(?)
                        order by aggregate_identifier, sequence_number desc""",
                row -> {
                    positions.put(byIdentifier.get(row.getString(1)), row.getLong(2));
                }, (Object) byIdentifier.keySet().toArray(String[]::new));
        positions.values().stream().max(Long::compare)
                .ifPresent(last -> lastWrittenByUser.merge(username, last, Math::max));
        return positions;
    }

    /**
     * Waits until the projection has seen the user's last write, or the client-given position (from the
     * {@value Commands#POSITION} header of an earlier answer). Answers false if the wait timed out.
     *
     * @throws InvalidRequestHeader if the client-given position lies beyond the last event stored: no write will
     *                              ever be there to wait for (any answer's position was stored before it was sent)
     */
    public boolean awaitOwnWrites(String username, String processingGroup, Long clientPosition) {
        long ownWrite = lastWrittenByUser.getOrDefault(username, -1L);
        long position = Math.max(ownWrite, clientPosition == null ? -1L : clientPosition);
        if (position < 0 || progress.hasProcessed(processingGroup, position)) {
            return true;
        }
        if (position > ownWrite && position > lastStored()) {
            throw new InvalidRequestHeader(Commands.POSITION, Commands.POSITION
                    + " lies beyond the last event the registry has stored; send the position of an answer it gave.");
        }
        return progress.awaitProcessed(processingGroup, position, maxWait);
    }

    private long lastStored() {
        Long last = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return last == null ? -1L : last;
    }
}
