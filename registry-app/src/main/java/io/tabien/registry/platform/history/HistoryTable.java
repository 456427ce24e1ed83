package io.tabien.registry.platform.history;

import io.tabien.contracts.HistoryEntry;
import io.tabien.registry.platform.axon.EventPositions;
import io.tabien.registry.platform.commands.CommandMetadata;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A record's history as a table of one projection: one row per event, keyed by the event's global index. */
public final class HistoryTable {

    private final JdbcTemplate jdbc;
    private final String table;
    private final String keyColumn;
    private final String insert;
    private final String pendingRows;

    public HistoryTable(JdbcTemplate jdbc, String table, String keyColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumn = keyColumn;
        this.insert = "insert into " + table + " (" + keyColumn + ", global_index, event, summary, actor, role, office,"
                + " recorded_at, stored_at, caused_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";
        this.pendingRows = HistoryTable.class.getName() + "." + table;
    }

    /**
     * Within a processor's batch the rows are written together when the batch commits, in the same transaction as
     * the rest of the batch and its token.
     */
    public void record(UUID key, EventMessage<?> event, String summary) {
        MetaData metadata = event.getMetaData();
        Object[] row = {key, EventPositions.of(jdbc, event), event.getPayloadType().getSimpleName(), summary,
                text(metadata, CommandMetadata.ACTOR), text(metadata, CommandMetadata.ROLE),
                text(metadata, CommandMetadata.OFFICE), timestamp(text(metadata, CommandMetadata.RECORDED_AT)),
                Timestamp.from(event.getTimestamp()), text(metadata, CommandMetadata.CAUSATION_ID)};
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(insert, row);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        unitOfWork.getOrComputeResource(pendingRows, name -> {
            List<Object[]> pending = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> jdbc.batchUpdate(insert, pending));
            return pending;
        }).add(row);
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
        return instant == null ? null : Timestamp.from(Instant.parse(instant));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
