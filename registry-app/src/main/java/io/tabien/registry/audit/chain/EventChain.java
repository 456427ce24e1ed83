package io.tabien.registry.audit.chain;

import io.tabien.registry.platform.axon.EventPositions;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The chain table and its checkpoints. */
@Component
public class EventChain {

    public record Link(long chainSeq, long globalIndex, byte[] hash) {
    }

    public record Checkpoint(long chainSeq, long globalIndex, String hash, Instant createdAt, String signature) {
    }

    private final JdbcTemplate jdbc;
    private final SigningKeys keys;
    private final Clock clock;

    EventChain(JdbcTemplate jdbc, SigningKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    Optional<Link> head() {
        return jdbc.query("select chain_seq, global_index, hash from event_chain order by chain_seq desc limit 1",
                (row, n) -> new Link(row.getLong(1), row.getLong(2), row.getBytes(3))).stream().findFirst();
    }

    long globalIndexOf(EventMessage<?> event) {
        return EventPositions.of(jdbc, event);
    }

    boolean isChained(long globalIndex) {
        Boolean chained = jdbc.queryForObject("select exists(select 1 from event_chain where global_index = ?)",
                Boolean.class, globalIndex);
        return Boolean.TRUE.equals(chained);
    }

    Optional<ChainedEvent> event(long globalIndex) {
        return jdbc.query("select " + ChainedEvent.COLUMNS + " from domain_event_entry e where e.global_index = ?",
                (row, n) -> ChainedEvent.from(row), globalIndex).stream().findFirst();
    }

    void append(Link link) {
        jdbc.update("insert into event_chain (chain_seq, global_index, hash) values (?, ?, ?)",
                link.chainSeq(), link.globalIndex(), link.hash());
    }

    Optional<Long> lastCheckpointSeq() {
        return jdbc.query("select max(chain_seq) from audit_checkpoint", (row, n) -> {
            long seq = row.getLong(1);
            return row.wasNull() ? null : seq;
        }).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    Optional<Instant> lastCheckpointTime() {
        return jdbc.query("select max(created_at) from audit_checkpoint", (row, n) -> row.getTimestamp(1)).stream()
                .filter(java.util.Objects::nonNull).map(Timestamp::toInstant).findFirst();
    }

    /** Signs the link and records it as a checkpoint; a second node doing the same is ignored. */
    void checkpoint(Link link) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String signature = CheckpointSignature.sign(keys.privateKey(),
                CheckpointSignature.message(link.chainSeq(), link.globalIndex(), link.hash(), now));
        jdbc.update("""
                        insert into audit_checkpoint (chain_seq, global_index, hash, created_at, public_key, signature)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (chain_seq) do nothing""",
                link.chainSeq(), link.globalIndex(), link.hash(), Timestamp.from(now), keys.publicKey(), signature);
    }

    public List<Checkpoint> checkpoints(int limit) {
        return jdbc.query("""
                        select chain_seq, global_index, hash, created_at, signature from audit_checkpoint
                        order by chain_seq desc limit ?""",
                (row, n) -> new Checkpoint(row.getLong(1), row.getLong(2),
                        java.util.HexFormat.of().formatHex(row.getBytes(3)), row.getTimestamp(4).toInstant(),
                        row.getString(5)),
                limit);
    }
}
