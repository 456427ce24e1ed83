package io.tabien.registry.audit.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Links access-log entries into their chain after they were written, in the order of their numbers as the chainer
 * sees them, and signs the head with the audit signing key: every {@code tabien.audit.checkpoint-every-events} links,
 * whenever the latest checkpoint is {@code tabien.audit.checkpoint-every} old, and on demand before a verification.
 * A read therefore costs one insert, never a wait for the chain's lock. One node links at a time (an advisory lock);
 * the chain's unique entry key settles any race that slips past it.
 */
@Component
public class AccessLogChain {

    private static final Logger log = LoggerFactory.getLogger(AccessLogChain.class);

    /** Taken by the node that links; the others skip their turn. */
    private static final long LOCK = 0x7461_6269_656e_414cL;
    private static final int BATCH = 500;
    /**
     * How far below the chain's head an entry that committed late is still looked for. Entries are single-row
     * inserts that commit at once, so at most one per pooled connection is numbered but not yet visible; a thousand
     * covers every pool with room to spare, and an entry that never got linked is reported by verification.
     */
    static final long LATE_ENTRIES = 1000;

    record Link(long chainSeq, long entryId, byte[] hash) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SigningKeys keys;
    private final AuditProperties properties;
    private final Clock clock;
    private boolean failing;

    AccessLogChain(JdbcTemplate jdbc, PlatformTransactionManager transactions, SigningKeys keys,
                   AuditProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.SECONDS)
    void linkAndSignIfDue() {
        try {
            while (link(false) == BATCH) {
                // A full batch means more are waiting.
            }
            transactions.executeWithoutResult(status -> {
                if (locked(false)) {
                    signHead(properties.checkpointEvery());
                }
            });
            if (failing) {
                log.info("Linking the access log works again");
                failing = false;
            }
        } catch (DataAccessException e) {
            if (!failing) {
                log.warn("Could not link the access log; retrying every second: {}", e.getMessage());
                failing = true;
            }
        }
    }

    /** Links every entry committed so far and signs the head, so that a verification covers them all. */
    public void linkAllAndSign() {
        while (link(true) == BATCH) {
            // A full batch means more are waiting.
        }
        transactions.executeWithoutResult(status -> {
            locked(true);
            signHead(Duration.ZERO);
        });
    }

    /** One batch of unlinked entries, linked in one transaction; answers how many. */
    private int link(boolean waitForLock) {
        Integer linked = transactions.execute(status -> {
            if (!locked(waitForLock)) {
                return 0;
            }
            Optional<Link> head = head();
            long from = head.map(link -> link.entryId() - LATE_ENTRIES).orElse(0L);
            List<Link> links = new ArrayList<>();
            LinkHasher hasher = new LinkHasher();
            Link[] previous = {head.orElse(null)};
            jdbc.query("select " + AccessEntryColumns.COLUMNS + " from access_log a where a.entry_id > ? "
                    + "and not exists (select 1 from access_log_chain c where c.entry_id = a.entry_id) "
                    + "order by a.entry_id limit ?", row -> {
                Link last = previous[0];
                Link link = new Link(last == null ? 1 : last.chainSeq() + 1, row.getLong(1),
                        AccessEntryColumns.hash(hasher, last == null ? ChainedEvent.GENESIS : last.hash(), row, 1));
                links.add(link);
                previous[0] = link;
            }, from, BATCH);
            if (links.isEmpty()) {
                return 0;
            }
            jdbc.batchUpdate("insert into access_log_chain (chain_seq, entry_id, hash) values (?, ?, ?)", links,
                    links.size(), (statement, link) -> {
                        statement.setLong(1, link.chainSeq());
                        statement.setLong(2, link.entryId());
                        statement.setBytes(3, link.hash());
                    });
            Optional<Instant> latest = latestCheckpointTime();
            for (Link link : links) {
                if (link.chainSeq() % properties.checkpointEveryEvents() == 0) {
                    checkpoint(link);
                    latest = Optional.of(clock.instant());
                }
            }
            Link last = links.get(links.size() - 1);
            if (last.chainSeq() % properties.checkpointEveryEvents() != 0 && (latest.isEmpty()
                    || !latest.get().plus(properties.checkpointEvery()).isAfter(clock.instant()))) {
                checkpoint(last);
            }
            return links.size();
        });
        return linked == null ? 0 : linked;
    }

    /** Holds the linking lock until the transaction ends; without waiting, answers whether it was free. */
    private boolean locked(boolean wait) {
        if (wait) {
            jdbc.query("select pg_advisory_xact_lock(?)", row -> {
            }, LOCK);
            return true;
        }
        return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK));
    }

    /** Signs the head when no checkpoint covers it and the latest is at least {@code interval} old. */
    private void signHead(Duration interval) {
        Optional<Link> head = head();
        if (head.isEmpty()) {
            return;
        }
        Optional<Long> covered = jdbc.query("select max(chain_seq) from access_log_checkpoint",
                (row, n) -> row.getObject(1, Long.class)).stream().findFirst().filter(seq -> seq != null);
        if (covered.isPresent() && covered.get() >= head.get().chainSeq()) {
            return;
        }
        Optional<Instant> latest = latestCheckpointTime();
        if (latest.isEmpty() || !latest.get().plus(interval).isAfter(clock.instant())) {
            checkpoint(head.get());
        }
    }

    private Optional<Link> head() {
        return jdbc.query("select chain_seq, entry_id, hash from access_log_chain order by chain_seq desc limit 1",
                (row, n) -> new Link(row.getLong(1), row.getLong(2), row.getBytes(3))).stream().findFirst();
    }

    private Optional<Instant> latestCheckpointTime() {
        return jdbc.query("select created_at from access_log_checkpoint order by chain_seq desc limit 1",
                (row, n) -> row.getTimestamp(1).toInstant()).stream().findFirst();
    }

    private void checkpoint(Link link) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String signature = CheckpointSignature.sign(keys.privateKey(),
                CheckpointSignature.message(link.chainSeq(), link.entryId(), link.hash(), now));
        jdbc.update("""
                        insert into access_log_checkpoint (chain_seq, entry_id, hash, created_at, public_key, signature)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (chain_seq) do nothing""",
                link.chainSeq(), link.entryId(), link.hash(), Timestamp.from(now), keys.publicKey(), signature);
    }
}
