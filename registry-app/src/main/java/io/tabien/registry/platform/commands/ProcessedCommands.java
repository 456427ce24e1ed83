package io.tabien.registry.platform.commands;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Commands accepted under an Idempotency-Key, with what they answered. */
@Repository
public class ProcessedCommands {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ProcessedCommands(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The answer given the first time this actor sent this key, if any.
     *
     * @throws IdempotencyKeyReused if the key was first sent with a different request
     */
    public <R> Optional<R> earlierResult(String actor, String idempotencyKey, String requestFingerprint,
                                         Class<R> resultType) {
        CommandBatch batch = CommandBatch.of(actor);
        if (batch != null) {
            return Optional.ofNullable(batch.earlier(idempotencyKey))
                    .map(earlier -> answer(earlier, requestFingerprint, resultType));
        }
        return jdbc.query("""
                                select request_fingerprint, result
                                from processed_command where actor = ? and idempotency_key = ?""",
                        (row, n) -> new CommandBatch.Earlier(row.getString(1), row.getString(2)),
                        actor, idempotencyKey)
                .stream().findFirst()
                .map(earlier -> answer(earlier, requestFingerprint, resultType));
    }

    private <R> R answer(CommandBatch.Earlier earlier, String requestFingerprint, Class<R> resultType) {
        if (!earlier.fingerprint().equals(requestFingerprint)) {
            throw new IdempotencyKeyReused();
        }
        return json.readValue(earlier.result(), resultType);
    }

    /**
     * Opens a batch of the actor's commands on this thread, inside the caller's transaction, with the records of the
     * keys it will use read in one query. The caller closes it.
     */
    public CommandBatch openBatch(String actor, Collection<String> idempotencyKeys) {
        Map<String, CommandBatch.Earlier> earlier = new HashMap<>();
        jdbc.query("""
                        select idempotency_key, request_fingerprint, result
                        from processed_command where actor = ? and idempotency_key = any(?)""",
                row -> {
                    earlier.put(row.getString(1), new CommandBatch.Earlier(row.getString(2), row.getString(3)));
                }, actor, idempotencyKeys.toArray(String[]::new));
        return new CommandBatch(actor, earlier, this);
    }

    public boolean wasProcessed(String actor, String idempotencyKey) {
        Boolean exists = jdbc.queryForObject(
                "select exists(select 1 from processed_command where actor = ? and idempotency_key = ?)",
                Boolean.class, actor, idempotencyKey);
        return Boolean.TRUE.equals(exists);
    }

    /** Joins the transaction the command's events are appended in; a concurrent twin fails on the key. */
    void record(String actor, String idempotencyKey, String commandType, String requestFingerprint, Object result) {
        CommandBatch batch = CommandBatch.of(actor);
        if (batch != null) {
            batch.record(idempotencyKey, commandType, requestFingerprint, json.writeValueAsString(result));
            return;
        }
        jdbc.update("""
                        insert into processed_command (actor, idempotency_key, command_type, request_fingerprint, result)
                        values (?, ?, ?, ?, ?)""",
                actor, idempotencyKey, commandType, requestFingerprint, json.writeValueAsString(result));
    }

    /** The records of a batch's commands, as one statement. */
    void recordAll(List<Object[]> records) {
        if (records.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into processed_command (actor, idempotency_key, command_type, request_fingerprint, result)
                values (?, ?, ?, ?, ?)""", records);
    }
}
