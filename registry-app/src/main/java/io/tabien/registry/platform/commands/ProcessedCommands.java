package io.tabien.registry.platform.commands;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

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
        record Earlier(String fingerprint, String result) {
        }
        return jdbc.query("""
                                select request_fingerprint, result
                                from processed_command where actor = ? and idempotency_key = ?""",
                        (row, n) -> new Earlier(row.getString(1), row.getString(2)),
                        actor, idempotencyKey)
                .stream().findFirst()
                .map(earlier -> {
                    if (!earlier.fingerprint().equals(requestFingerprint)) {
                        throw new IdempotencyKeyReused();
                    }
                    return json.readValue(earlier.result(), resultType);
                });
    }

    public boolean wasProcessed(String actor, String idempotencyKey) {
        Boolean exists = jdbc.queryForObject(
                "select exists(select 1 from processed_command where actor = ? and idempotency_key = ?)",
                Boolean.class, actor, idempotencyKey);
        return Boolean.TRUE.equals(exists);
    }

    /** Joins the transaction the command's events are appended in; a concurrent twin fails on the key. */
    void record(String actor, String idempotencyKey, String commandType, String requestFingerprint, Object result) {
        jdbc.update("""
                        insert into processed_command (actor, idempotency_key, command_type, request_fingerprint, result)
                        values (?, ?, ?, ?, ?)""",
                actor, idempotencyKey, commandType, requestFingerprint, json.writeValueAsString(result));
    }
}
