package io.tabien.registry.platform.history;

import io.tabien.registry.platform.time.InstantText;
import io.tabien.contracts.HistoryEntry;
import io.tabien.registry.platform.axon.EventPositions;
import io.tabien.registry.platform.axon.RowsAtBatchEnd;
import io.tabien.registry.platform.commands.CommandMetadata;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A record's history as a table of one projection: one row per event, keyed by the event's global index. */
public final class HistoryTable {

    private final JdbcTemplate jdbc;
    private final String table;
    private final String keyColumn;
    private final String insert;

    public HistoryTable(JdbcTemplate jdbc, String table, String keyColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumn = keyColumn;
        this.insert = "insert into " + table + " (" + keyColumn + ", global_index, event, summary, actor, role, office,"
                + " recorded_at, stored_at, caused_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";
    }

    /**
     * Written with the processor's batch ({@link RowsAtBatchEnd}), or at once where the batch is handled event by
     * event: if the event cannot be handled and is parked, its history row goes with it, while the other events of
     * the batch keep theirs.
     */
    public void record(UUID key, EventMessage<?> event, String summary) {
        MetaData metadata = event.getMetaData();
        Object[] row = {key, EventPositions.of(jdbc, event), event.getPayloadType().getSimpleName(), summary,
                text(metadata, CommandMetadata.ACTOR), text(metadata, CommandMetadata.ROLE),
                text(metadata, CommandMetadata.OFFICE), timestamp(text(metadata, CommandMetadata.RECORDED_AT)),
                Timestamp.from(event.getTimestamp()), text(metadata, CommandMetadata.CAUSATION_ID)};
        RowsAtBatchEnd.insert(jdbc, insert, row);
    }

    public List<HistoryEntry> of(UUID key) {
        return jdbc.query("select global_index, event, summary, actor, role, office, recorded_at, stored_at, caused_by"
                        + " from " + table + " where " + keyColumn + " = ? order by global_index",
                (row, n) -> new HistoryEntry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), instant(row.getTimestamp(7)), instant(row.getTimestamp(8)),
                        row.getString(9)),
                key);
    }

    public void clear() {
        jdbc.update("delete from " + table);
    }

    private static String text(MetaData metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }

    private static Timestamp timestamp(String instant) {
        return instant == null ? null : Timestamp.from(InstantText.parse(instant));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
