package io.tabien.registry.audit.chain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/** The columns of an access-log entry that its hash covers, and the hash of one read from a row. */
final class AccessEntryColumns {

    /** Selected from {@code access_log a}, in the order {@link #hash} reads them. */
    static final String COLUMNS = "a.entry_id, a.read_at, a.actor, a.roles, a.office, a.channel, a.kind, a.resource, "
            + "a.record_ids, a.query, a.purpose";

    private AccessEntryColumns() {
    }

    /** The hash of the entry in the current row, whose columns are {@link #COLUMNS} from {@code first} on. */
    static byte[] hash(LinkHasher hasher, byte[] previous, ResultSet row, int first) throws SQLException {
        return hasher.hashAccess(previous, row.getLong(first), micros(row.getTimestamp(first + 1)),
                row.getString(first + 2), texts(row.getArray(first + 3)), row.getString(first + 4),
                row.getString(first + 5), row.getString(first + 6), row.getString(first + 7),
                texts(row.getArray(first + 8)), row.getString(first + 9), row.getString(first + 10));
    }

    /** PostgreSQL keeps microseconds, so the time hashes as the whole number of them. */
    private static long micros(Timestamp time) {
        return Math.addExact(Math.multiplyExact(Math.floorDiv(time.getTime(), 1000L), 1_000_000L),
                time.getNanos() / 1000L);
    }

    private static String[] texts(Array array) throws SQLException {
        return array == null ? null : (String[]) array.getArray();
    }
}
