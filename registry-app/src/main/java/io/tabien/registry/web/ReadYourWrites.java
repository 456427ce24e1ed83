package io.tabien.registry.web;

import io.tabien.contracts.TypedId;
import io.tabien.registry.platform.axon.ProjectionProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
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
     * Waits until the projection has seen the user's last write, or the client-given position (from the
     * {@value Commands#POSITION} header of an earlier answer). Answers false if the wait timed out.
     */
    public boolean awaitOwnWrites(String username, String processingGroup, Long clientPosition) {
        long position = Math.max(lastWrittenByUser.getOrDefault(username, -1L),
                clientPosition == null ? -1L : clientPosition);
        return position < 0 || progress.awaitProcessed(processingGroup, position, maxWait);
    }
}
