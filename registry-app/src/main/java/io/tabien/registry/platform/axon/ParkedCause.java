package io.tabien.registry.platform.axon;

import org.axonframework.messaging.deadletter.ThrowableCause;

import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * What a dead letter keeps of the failure that parked it: the exception's type, the SQLState when the database
 * refused, and the message without the values it quotes. PostgreSQL quotes the value it could not store
 * ({@code date/time field value out of range: "..."}) and appends the failing row as a detail line; a dead
 * letter outlives the request that recorded the event, so neither may travel with it into the queue, the
 * administrators' listing or the log.
 */
final class ParkedCause {

    /** Axon's column for the message holds this many characters. */
    static final int MAX_MESSAGE = ThrowableCause.TRUNCATED_MESSAGE_SIZE;
    private static final int MAX_TYPE = 255;
    /** A quoted value, also one cut off by the end of the message. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*(\"|$)|'[^']*('|$)");
    private static final Pattern SEVERITY = Pattern.compile("^(ERROR|FATAL|PANIC|WARNING):\\s*");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ParkedCause() {
    }

    static ThrowableCause of(Throwable failure) {
        SQLException refusal = databaseRefusal(failure);
        String message = refusal == null
                ? withoutQuotedValues(firstLine(failure.getMessage()))
                : sqlState(refusal) + withoutQuotedValues(withoutSeverity(firstLine(refusal.getMessage())));
        return new ThrowableCause(bounded(failure.getClass().getName(), MAX_TYPE), bounded(message, MAX_MESSAGE));
    }

    /**
     * The database's own refusal somewhere in the chain of causes. A batch's exception repeats its statements with
     * their values; the refusal of the statement that failed is chained behind it.
     */
    private static SQLException databaseRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getNextException() != null ? sql.getNextException() : sql;
            }
        }
        return null;
    }

    private static String sqlState(SQLException refusal) {
        return refusal.getSQLState() == null ? "" : "SQLState " + refusal.getSQLState() + ": ";
    }

    /** The driver puts the detail (with the failing row) and the context on the lines after the first. */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private static String withoutSeverity(String message) {
        return SEVERITY.matcher(message).replaceFirst("");
    }

    static String withoutQuotedValues(String message) {
        String unquoted = QUOTED.matcher(message).replaceAll(quote -> quote.group().charAt(0) == '"' ? "\"…\"" : "'…'");
        return CONTROL.matcher(unquoted).replaceAll(" ").strip();
    }

    private static String bounded(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
