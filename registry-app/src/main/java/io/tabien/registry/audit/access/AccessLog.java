package io.tabien.registry.audit.access;

import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.ActorSource;
import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.platform.validation.StorableValues;
import io.tabien.registry.web.InvalidFields;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who read which protected record: one row per read, written before the answer leaves, so that a read whose entry
 * cannot be written fails instead of going unrecorded, and a client that hangs up still leaves its entry. The entry's
 * link in the chain is made afterwards ({@code audit.chain.AccessLogChain}), so a read waits for no lock.
 * <p>
 * The query text of a search is personal data: it goes into the access log, which auditors alone read, and never
 * into the application's log.
 */
@Component
public class AccessLog {

    /** Asked for with a grievance's case file: a request parameter, a header, or a field of the page's form. */
    public static final String PURPOSE = "purpose";
    public static final String PURPOSE_HEADER = "Purpose";

    public record Entry(long entryId, Instant readAt, String actor, List<String> roles, String office, String channel,
                        AccessKind kind, String resource, List<String> recordIds, String query, String purpose) {
    }

    /** Newest first; {@code next} is the {@code before} of the following page, null on the last. */
    public record Page(List<Entry> entries, Long next) {
    }

    private final JdbcTemplate jdbc;
    private final ActorSource actors;
    private final HttpServletRequest request;
    private final Clock clock;

    AccessLog(JdbcTemplate jdbc, ActorSource actors, HttpServletRequest request, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.request = request;
        this.clock = clock;
    }

    /** A read by id (or ids) of the current request. */
    public void read(AccessKind kind, Collection<?> ids) {
        record(kind, ids, null, null);
    }

    /** A search of the current request: its query text and the ids it answered. */
    public void searched(AccessKind kind, Collection<?> ids) {
        record(kind, ids, queryText(), null);
    }

    /**
     * Reads of records auditors make from the event store, which may span several kinds (a page of the history): one
     * entry per kind, naming its records, and none for records the log does not keep.
     *
     * @param idsByAggregateType the records read, by their aggregate type
     * @param caseFileOpened     whether a grievance's case file was opened, or shown only as its events seal it
     */
    public void readRecords(Map<String, ? extends Collection<?>> idsByAggregateType, boolean caseFileOpened) {
        Map<AccessKind, List<Object>> byKind = new EnumMap<>(AccessKind.class);
        idsByAggregateType.forEach((type, ids) -> AccessKind.ofRecord(type, caseFileOpened)
                .ifPresent(kind -> byKind.computeIfAbsent(kind, none -> new ArrayList<>()).addAll(ids)));
        String query = queryText();
        String purpose = purpose().orElse(null);
        byKind.forEach((kind, ids) -> record(kind, ids, query, purpose));
    }

    /**
     * @param query   what a search asked for ({@link #queryText()}), null for a read by id
     * @param purpose why the reader read, where they were asked
     */
    public void record(AccessKind kind, Collection<?> ids, String query, String purpose) {
        Actor actor = actors.currentActor();
        List<String> recordIds = ids.stream().map(String::valueOf).distinct().toList();
        String[] roles = actor.roles().stream().map(Role::name).sorted().toArray(String[]::new);
        Timestamp readAt = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into access_log (read_at, actor, roles, office, channel, kind, resource, record_ids,
                                            query, purpose)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            insert.setTimestamp(1, readAt);
            insert.setString(2, actor.username());
            insert.setArray(3, connection.createArrayOf("text", roles));
            insert.setString(4, actor.office());
            insert.setString(5, request.getRequestURI().startsWith("/api/") ? "API" : "WEB");
            insert.setString(6, kind.name());
            insert.setString(7, request.getMethod() + " " + request.getRequestURI());
            insert.setArray(8, connection.createArrayOf("text", recordIds.toArray()));
            insert.setString(9, query);
            insert.setString(10, purpose);
            return insert;
        });
    }

    /** The purpose the request gives, if any, as a line that can be stored. */
    public Optional<String> purpose() {
        String given = request.getParameter(PURPOSE);
        if (given == null || given.isBlank()) {
            given = request.getHeader(PURPOSE_HEADER);
        }
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(StorableValues.checkedLine(PURPOSE, given.strip()));
    }

    /** The purpose the request gives; without one, a 400 that says how to give it. */
    public String requiredPurpose() {
        return purpose().orElseThrow(() -> new InvalidFields(List.of(new InvalidFields.FieldProblem(PURPOSE,
                "say why you read this case file: send a purpose parameter or a Purpose header"))));
    }

    /** The entries naming this record and/or made by this user, newest first, before entry {@code before}. */
    public Page entries(String recordId, String username, Long before, int limit) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = new StringBuilder("true");
        if (recordId != null) {
            where.append(" and record_ids @> array[?]::text[]");
            arguments.add(recordId);
        }
        if (username != null) {
            where.append(" and actor = ?");
            arguments.add(username);
        }
        if (before != null) {
            where.append(" and entry_id < ?");
            arguments.add(before);
        }
        arguments.add(limit + 1);
        List<Entry> entries = jdbc.query("select entry_id, read_at, actor, roles, office, channel, kind, resource, "
                + "record_ids, query, purpose from access_log where " + where + " order by entry_id desc limit ?",
                AccessLog::entry, arguments.toArray());
        if (entries.size() <= limit) {
            return new Page(entries, null);
        }
        List<Entry> page = entries.subList(0, limit);
        return new Page(List.copyOf(page), page.get(limit - 1).entryId());
    }

    /** The request's parameters as the reader sent them, decoded: what a search asked for. */
    public String queryText() {
        String raw = request.getQueryString();
        if (raw == null) {
            return null;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // Kept as sent: what was asked for matters more than how well it was encoded.
            decoded = raw;
        }
        // A text column takes every character but NUL; the entry must be written whatever the query held.
        return decoded.replace('\u0000', '\uFFFD');
    }

    private static Entry entry(ResultSet row, int n) throws SQLException {
        return new Entry(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3), texts(row.getArray(4)),
                row.getString(5), row.getString(6), AccessKind.valueOf(row.getString(7)), row.getString(8),
                texts(row.getArray(9)), row.getString(10), row.getString(11));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
