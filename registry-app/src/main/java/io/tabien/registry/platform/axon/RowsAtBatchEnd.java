package io.tabien.registry.platform.axon;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows a processor's handlers add that no handler reads while the batch lasts (a record's history), kept until the
 * batch ends and then written together, one batched statement per table, instead of one statement per event. The
 * rows go into the batch's transaction, before its token: they commit with the batch or not at all.
 * <p>
 * Only a batch handled without savepoints keeps rows ({@link SavepointsOnRetry} opens them): handled again event by
 * event, each event's rows are written at once, within its savepoint, so a parked event's rows are undone with it. If
 * writing the kept rows fails, the batch is handled again event by event, and the row that cannot be written parks its
 * event.
 */
public final class RowsAtBatchEnd {

    static final String RESOURCE = RowsAtBatchEnd.class.getName();

    private final Map<Statement, List<Object[]>> rows = new LinkedHashMap<>();

    RowsAtBatchEnd() {
    }

    /**
     * Keeps the row for the end of the batch being handled; {@code false} when no batch keeps rows, and the caller
     * writes the row at once.
     */
    public static boolean keep(JdbcTemplate jdbc, String insert, Object[] row) {
        if (!CurrentUnitOfWork.isStarted()) {
            return false;
        }
        RowsAtBatchEnd kept = CurrentUnitOfWork.get().getResource(RESOURCE);
        if (kept == null) {
            return false;
        }
        kept.rows.computeIfAbsent(new Statement(jdbc, insert), statement -> new ArrayList<>()).add(row);
        return true;
    }

    void write() {
        rows.forEach((statement, batch) -> statement.jdbc().batchUpdate(statement.insert(), batch));
        rows.clear();
    }

    private record Statement(JdbcTemplate jdbc, String insert) {
    }
}
