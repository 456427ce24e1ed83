package io.tabien.registry.audit.chain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The chain table and its checkpoints. */
@Component
public class EventChain {

    public record Link(long chainSeq, long globalIndex, byte[] hash) {
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

    /** The stored rows of these events, by event identifier. */
    Map<String, ChainedEvent> events(List<String> eventIdentifiers) {
        Map<String, ChainedEvent> rows = new HashMap<>(eventIdentifiers.size() * 2);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("select " + ChainedEvent.COLUMNS
                    + " from domain_event_entry e where e.event_identifier = any(?)");
            statement.setArray(1, connection.createArrayOf("varchar", eventIdentifiers.toArray()));
            return statement;
        }, row -> {
            ChainedEvent event = ChainedEvent.from(row);
            rows.put(event.eventIdentifier(), event);
        });
        return rows;
    }

    /** Which of these global indexes are linked already. */
    Set<Long> chained(Collection<Long> globalIndexes) {
        Set<Long> chained = new HashSet<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "select global_index from event_chain where global_index = any(?)");
            statement.setArray(1, connection.createArrayOf("bigint", globalIndexes.toArray()));
            return statement;
        }, row -> {
            chained.add(row.getLong(1));
        });
        return chained;
    }

    void append(List<Link> links) {
        jdbc.batchUpdate("insert into event_chain (chain_seq, global_index, hash) values (?, ?, ?)", links, links.size(),
                (statement, link) -> {
                    statement.setLong(1, link.chainSeq());
                    statement.setLong(2, link.globalIndex());
                    statement.setBytes(3, link.hash());
                });
    }

    /** The checkpoint with the highest chain position. */
    Optional<Checkpoint> latestCheckpoint() {
        return jdbc.query("""
                        select chain_seq, global_index, hash, created_at, signature from audit_checkpoint
                        order by chain_seq desc limit 1""", EventChain::checkpoint).stream().findFirst();
    }

    /**
     * Signs the link and records it as a checkpoint; answers it, or nothing when another node had recorded one at
     * that chain position already (its insert wins, this one is ignored).
     */
    Optional<Checkpoint> checkpoint(Link link) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String signature = CheckpointSignature.sign(keys.privateKey(),
                CheckpointSignature.message(link.chainSeq(), link.globalIndex(), link.hash(), now));
        int inserted = jdbc.update("""
                        insert into audit_checkpoint (chain_seq, global_index, hash, created_at, public_key, signature)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (chain_seq) do nothing""",
                link.chainSeq(), link.globalIndex(), link.hash(), Timestamp.from(now), keys.publicKey(), signature);
        return inserted == 0 ? Optional.empty()
                : Optional.of(new Checkpoint(link.chainSeq(), link.globalIndex(), HexFormat.of().formatHex(link.hash()),
                now, signature));
    }

    /**
     * Signs the head when no checkpoint covers it and the latest is at least {@code interval} old, so that the last
     * events of a registry that has gone quiet are signed too.
     */
    Optional<Checkpoint> signHeadIfDue(Duration interval) {
        Optional<Link> head = head();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Optional<Checkpoint> latest = latestCheckpoint();
        boolean covered = latest.isPresent() && latest.get().chainSeq() >= head.get().chainSeq();
        boolean recent = latest.isPresent() && latest.get().createdAt().plus(interval).isAfter(clock.instant());
        return covered || recent ? Optional.empty() : checkpoint(head.get());
    }

    public List<Checkpoint> checkpoints(int limit) {
        return jdbc.query("""
                        select chain_seq, global_index, hash, created_at, signature from audit_checkpoint
                        order by chain_seq desc limit ?""", EventChain::checkpoint, limit);
    }

    private static Checkpoint checkpoint(ResultSet row, int rowNumber) throws SQLException {
        return new Checkpoint(row.getLong(1), row.getLong(2), HexFormat.of().formatHex(row.getBytes(3)),
                row.getTimestamp(4).toInstant(), row.getString(5));
    }
}
