package io.tabien.registry.platform.axon;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rows a processor's handlers add, kept until the batch ends and then written together, one batched statement per
 * table, instead of one statement per event. The rows go into the batch's transaction, before its token: they commit
 * with the batch or not at all. They are written as the batch prepares to commit, before the work its handlers left
 * for that moment (the keeper is opened before the first of them runs), so that work reads them. A handler that
 * reads their table while the batch lasts reads the rows kept for it as well ({@link #kept}), or writes them first
 * ({@link #writeKept}).
 * <p>
 * Only a batch handled without savepoints keeps rows ({@link SavepointsOnRetry} opens them): handled again event by
 * event, each event's rows are written at once, within its savepoint, so a parked event's rows are undone with it. If
 * writing the kept rows fails, the batch is handled again event by event, and the row that cannot be written parks its
 * event.
 */
public final class RowsAtBatchEnd {

    static final String RESOURCE = RowsAtBatchEnd.class.getName();

    private final Map<Statement, List<Object[]>> rows = new LinkedHashMap<>();
    private final Map<Statement, KeptByKey> byKey = new HashMap<>();

    RowsAtBatchEnd() {
    }

    /**
     * Inserts the row at the end of the batch being handled, with the batch's other rows of the statement; at once
     * when no batch keeps rows.
     */
    public static void insert(JdbcTemplate jdbc, String insert, Object[] row) {
        RowsAtBatchEnd kept = current();
        if (kept == null) {
            jdbc.update(insert, row);
        } else {
            kept.rows.computeIfAbsent(new Statement(jdbc, insert), statement -> new ArrayList<>()).add(row);
        }
    }

    /**
     * The rows kept so far in the batch being handled for the statement that have the key among theirs, in the order
     * they were kept: a handler that looks its table up by a key many times a batch finds the batch's rows without
     * going through all of them each time. A statement's rows are always looked up with the same function of keys.
     */
    public static List<Object[]> kept(JdbcTemplate jdbc, String insert, Function<Object[], List<?>> keysOfRow,
                                      Object key) {
        RowsAtBatchEnd kept = current();
        if (kept == null) {
            return List.of();
        }
        Statement statement = new Statement(jdbc, insert);
        List<Object[]> rows = kept.rows.getOrDefault(statement, List.of());
        KeptByKey index = kept.byKey.computeIfAbsent(statement, unused -> new KeptByKey(keysOfRow));
        for (; index.indexed < rows.size(); index.indexed++) {
            Object[] row = rows.get(index.indexed);
            for (Object rowKey : index.keys.apply(row)) {
                index.rows.computeIfAbsent(rowKey, k -> new ArrayList<>()).add(row);
            }
        }
        return Collections.unmodifiableList(index.rows.getOrDefault(key, List.of()));
    }

    /** The key of a row that is one record's and starts with its id: its first column, for {@link #kept}. */
    public static List<?> firstColumn(Object[] row) {
        return List.of(row[0]);
    }

    /** Writes the rows kept so far for the statement now, before a handler changes or reads them in its table. */
    public static void writeKept(JdbcTemplate jdbc, String insert) {
        RowsAtBatchEnd kept = current();
        if (kept == null) {
            return;
        }
        Statement statement = new Statement(jdbc, insert);
        kept.byKey.remove(statement);
        List<Object[]> rows = kept.rows.remove(statement);
        if (rows != null) {
            jdbc.batchUpdate(insert, rows);
        }
    }

    /**
     * Writes the rows kept so far for the statement now if one of them has the key ({@link #kept}): a handler that
     * changes or reads one record's rows needs those written, and the batch's others stay in its one statement unless
     * that record's are among them. Answers whether it wrote.
     */
    public static boolean writeKept(JdbcTemplate jdbc, String insert, Function<Object[], List<?>> keysOfRow,
                                    Object key) {
        if (kept(jdbc, insert, keysOfRow, key).isEmpty()) {
            return false;
        }
        writeKept(jdbc, insert);
        return true;
    }

    /** Whether the batch being handled keeps rows until it ends, rather than writing each at once. */
    public static boolean keepsRows() {
        return current() != null;
    }

    private static RowsAtBatchEnd current() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getResource(RESOURCE) : null;
    }

    void write() {
        rows.forEach((statement, batch) -> statement.jdbc().batchUpdate(statement.insert(), batch));
        rows.clear();
        byKey.clear();
    }

    private record Statement(JdbcTemplate jdbc, String insert) {
    }

    /** A statement's kept rows by key, for as many of them as have been looked at. */
    private static final class KeptByKey {
        private final Function<Object[], List<?>> keys;
        private final Map<Object, List<Object[]>> rows = new HashMap<>();
        private int indexed;

        private KeptByKey(Function<Object[], List<?>> keys) {
            this.keys = keys;
        }
    }
}
