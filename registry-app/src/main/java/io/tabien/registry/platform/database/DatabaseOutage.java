package io.tabien.registry.platform.database;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means that the database cannot be reached right now (down, restarting, shutting down), as
 * opposed to a request it refused: the first is answered 503 and heals by itself, the second is a defect.
 */
public final class DatabaseOutage {

    /** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or in recovery). */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    /** What the connection pool answers for a connection it has already discarded after a connection failure. */
    private static final String DISCARDED_CONNECTION = "Connection is closed";

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (lostConnection(sql.getSQLState())
                    || sql.getSQLState() == null && DISCARDED_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
            // A commit that failed because the connection was lost is rolled back on the same lost connection; the
            // rollback's failure hides the commit's.
            if (cause instanceof TransactionSystemException system && system.getApplicationException() != null
                    && causedBy(system.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean lostConnection(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || SERVER_GOING_AWAY.contains(sqlState));
    }
}
