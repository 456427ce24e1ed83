package io.tabien.registry.audit.history;

import io.tabien.registry.platform.axon.ProjectionProgress;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The event store as auditors page through it: by global index, forwards from a cursor or backwards from the
 * newest, never by offset. Only events below the settled position are shown, so an event committed late (into a
 * gap) cannot slip behind a client that has already paged past its index.
 */
@Component
public class EventHistory {

    public record AuditEvent(long globalIndex, String aggregateId, long sequenceNumber, String type,
                             String aggregateType, Instant time, JsonNode payload, JsonNode metadata) {
    }

    /**
     * @param next    the cursor of the following page ({@code after} when paging forwards, {@code before}
     *                backwards), or null at the end
     * @param settled events above this global index are not shown yet
     */
    public record Page(List<AuditEvent> events, Long next, long settled) {
    }

    public record Filter(String type, String actor, String aggregateId, Instant from, Instant to) {
    }

    static final String CHAIN = "audit-chain";

    /** The view's columns and the aggregate type of each event's record, which says what kind of record was read. */
    private static final String COLUMNS = "event_log.*, (select d.type from domain_event_entry d "
            + "where d.global_index = event_log.global_index) as aggregate_type";

    private final JdbcTemplate jdbc;
    private final ProjectionProgress progress;
    private final JsonMapper json;

    EventHistory(JdbcTemplate jdbc, ProjectionProgress progress, JsonMapper json) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.json = json;
    }

    public Page forwards(long after, int limit, Filter filter) {
        long settled = settled();
        List<Object> arguments = new ArrayList<>(List.of(after, settled));
        String sql = "select " + COLUMNS + " from event_log where global_index > ? and global_index <= ?"
                + where(filter, arguments) + " order by global_index limit ?";
        arguments.add(limit + 1);
        return page(sql, arguments, limit, settled);
    }

    public Page backwards(Long before, int limit, Filter filter) {
        long settled = settled();
        long below = before == null ? settled + 1 : Math.min(before, settled + 1);
        List<Object> arguments = new ArrayList<>(List.of(below));
        String sql = "select " + COLUMNS + " from event_log where global_index < ?" + where(filter, arguments)
                + " order by global_index desc limit ?";
        arguments.add(limit + 1);
        return page(sql, arguments, limit, settled);
    }

    /** Whether events are stored above the settled position, and below {@code below}, that are not shown yet. */
    public boolean unchainedBelow(long settled, long below) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from domain_event_entry "
                + "where global_index > ? and global_index < ?)", Boolean.class, settled, below));
    }

    public List<AuditEvent> stream(String aggregateId) {
        return jdbc.query("select " + COLUMNS + " from event_log where aggregate_identifier = ? "
                + "order by sequence_number", (row, n) -> event(row), aggregateId);
    }

    /** The records events belong to, by aggregate type. */
    public static Map<String, List<String>> recordsOf(List<AuditEvent> events) {
        return events.stream().filter(event -> event.aggregateType() != null)
                .collect(Collectors.groupingBy(AuditEvent::aggregateType, LinkedHashMap::new,
                        Collectors.mapping(AuditEvent::aggregateId, Collectors.toList())));
    }

    private Page page(String sql, List<Object> arguments, int limit, long settled) {
        List<AuditEvent> events = jdbc.query(sql, (row, n) -> event(row), arguments.toArray());
        Long next = null;
        if (events.size() > limit) {
            events = events.subList(0, limit);
            next = events.get(limit - 1).globalIndex();
        }
        return new Page(List.copyOf(events), next, settled);
    }

    private long settled() {
        return progress.settledPosition(CHAIN).orElse(0L);
    }

    private static String where(Filter filter, List<Object> arguments) {
        StringBuilder sql = new StringBuilder();
        if (filter.type() != null) {
            // The simple name of the type, taken literally: a backslash, % or _ in it is no pattern.
            sql.append(" and (payload_type = ? or payload_type like ? escape '\\')");
            arguments.add(filter.type());
            arguments.add("%." + filter.type().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        if (filter.actor() != null) {
            sql.append(" and meta_data->>'actor' = ?");
            arguments.add(filter.actor());
        }
        if (filter.aggregateId() != null) {
            sql.append(" and aggregate_identifier = ?");
            arguments.add(filter.aggregateId());
        }
        if (filter.from() != null) {
            sql.append(" and time_stamp >= ?");
            arguments.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and time_stamp < ?");
            arguments.add(Timestamp.from(filter.to()));
        }
        return sql.toString();
    }

    private AuditEvent event(java.sql.ResultSet row) throws java.sql.SQLException {
        String metadata = row.getString("meta_data");
        return new AuditEvent(row.getLong("global_index"), row.getString("aggregate_identifier"),
                row.getLong("sequence_number"), row.getString("payload_type"), row.getString("aggregate_type"),
                row.getTimestamp("time_stamp").toInstant(), json.readTree(row.getString("payload")),
                metadata == null ? null : json.readTree(metadata));
    }
}
