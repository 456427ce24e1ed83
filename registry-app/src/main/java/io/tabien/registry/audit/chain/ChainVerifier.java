package io.tabien.registry.audit.chain;

import org.postgresql.PGStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Checks the chain against the event store and against what is held outside the database: the public key every
 * checkpoint must be signed with and, when there is one, a copy of the heads file. Plain JDBC, so that the same
 * check runs inside the application and offline against a copy of the database.
 * <ul>
 *   <li>The chain: each link's hash is recomputed from its event and the previous hash, and each checkpoint's
 *   signature is checked with the given key (never the key stored beside it). Stops at the first break.</li>
 *   <li>Coverage: every event at or below the settled position is chained exactly once, and every checkpoint signs
 *   a link the chain holds.</li>
 *   <li>The heads file: every line is signed with the given key, and the database holds its checkpoint as
 *   written.</li>
 * </ul>
 * All of it reads one snapshot of the database.
 */
public final class ChainVerifier {

    /** Where the chain is broken: its chain position, the event's global index, or both, whichever is known. */
    public record Mismatch(Long chainSeq, Long globalIndex, String reason) {
    }

    /**
     * @param fromChainSeq    start after this checkpoint's chain position (0: from the first event); its hash is
     *                        trusted once its signature checks out
     * @param publicKey       the key every checkpoint must be signed with (X.509, Base64)
     * @param settledPosition the global index up to which every stored event must be chained; empty to take it from
     *                        the chain processor's stored token
     * @param heads           the heads file's lines to compare the checkpoints with; null when there is no file
     */
    public record Request(long fromChainSeq, String publicKey, OptionalLong settledPosition, List<HeadsFile.Line> heads) {

        public Request {
            if (publicKey == null || publicKey.isBlank()) {
                throw new IllegalArgumentException("Verification needs the public key the checkpoints are signed with");
            }
        }
    }

    /**
     * @param settledPosition     every stored event at or below this global index must be chained
     * @param eventsCovered       how many stored events that is
     * @param eventsVerified      links whose hash was recomputed
     * @param checkpointsVerified checkpoints whose signature was checked on the way
     * @param unsignedTail        verified links after the last checkpoint: the part of the chain that someone with
     *                            write access could still re-hash without the key
     * @param headsCompared       lines of the heads file compared with the database; null without a heads file
     * @param mismatches          empty when the chain is intact
     */
    public record Report(boolean intact, long fromChainSeq, long settledPosition, long eventsCovered,
                         long eventsVerified, long checkpointsVerified, long unsignedTail, Long headChainSeq,
                         Long headGlobalIndex, String headHash, Integer headsCompared, List<Mismatch> mismatches) {
    }

    private static final int FETCH_SIZE = 1000;
    /** Heads-file lines reported one by one; the rest are counted. */
    private static final int HEADS_REPORTED = 10;

    private ChainVerifier() {
    }

    /** Opens another connection to the database being verified, for a worker; the verifier closes it. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    /** Verifies with one worker on {@code connection} alone. */
    public static Report verify(Connection connection, Request request) throws SQLException {
        return verify(connection, request, 1, null);
    }

    /**
     * @param workers     how many links are verified at once: the chain is cut into as many contiguous ranges, each
     *                    verified from the stored hash of the link before it on a connection of its own that reads
     *                    the same snapshot as {@code connection}; 1 walks the whole chain on {@code connection}
     * @param connections where the workers' connections come from; unused with one worker
     */
    public static Report verify(Connection connection, Request request, int workers, Connections connections)
            throws SQLException {
        if (workers < 1 || (workers > 1 && connections == null)) {
            throw new IllegalArgumentException("Verification needs at least one worker, and connections for more");
        }
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        boolean readOnly = connection.isReadOnly();
        if (request.settledPosition().isEmpty() && autoCommit) {
            // Read before the verification's snapshot, which would hide transactions ending meanwhile.
            request = new Request(request.fromChainSeq(), request.publicKey(),
                    StoredChainPosition.settledPosition(connection), request.heads());
        }
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            return run(connection, request, workers == 1 ? null : new Workers(workers, connections, connection));
        } finally {
            connection.rollback();
            connection.setReadOnly(readOnly);
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Report run(Connection connection, Request request, Workers workers) throws SQLException {
        List<Mismatch> mismatches = new ArrayList<>();
        Walk walk;
        long settled;
        long covered;
        List<Mismatch> elsewhere = new ArrayList<>();
        if (workers == null) {
            walk = walk(connection, request);
            orphanCheckpoints(connection, elsewhere);
            settled = settledPosition(connection, request);
            covered = coverage(connection, settled, elsewhere);
        } else {
            try (workers) {
                // The ranges are read by the workers while this connection checks coverage in the same snapshot.
                workers.start(request);
                orphanCheckpoints(connection, elsewhere);
                settled = settledPosition(connection, request);
                covered = coverage(connection, settled, elsewhere);
                walk = workers.joined();
            }
        }
        if (walk.broken != null) {
            mismatches.add(walk.broken);
        }
        mismatches.addAll(elsewhere);
        Integer compared = null;
        if (request.heads() != null) {
            compared = compareHeads(connection, request, walk.checkpointsSeen, mismatches);
        }
        return new Report(mismatches.isEmpty(), request.fromChainSeq(), settled, covered, walk.verified,
                walk.checkpointsSeen.size(), walk.headSeq - walk.signedSeq, walk.headSeq == 0 ? null : walk.headSeq,
                walk.headIndex, HexFormat.of().formatHex(walk.head), compared, List.copyOf(mismatches));
    }

    /** How far the chain was walked, where its last verified link and checkpoint are, and where it broke if it did. */
    private static final class Walk {
        long verified;
        long headSeq;
        Long headIndex;
        long signedSeq;
        byte[] head = ChainedEvent.GENESIS;
        /** Chain positions of the checkpoints whose signature and hash the walk checked. */
        final Set<Long> checkpointsSeen = new HashSet<>();
        Mismatch broken;

        /** Continues this walk with the next range's, which started from the stored hash of this one's last link. */
        void append(Walk next) {
            verified += next.verified;
            headSeq = next.headSeq;
            headIndex = next.headIndex;
            head = next.head;
            signedSeq = Math.max(signedSeq, next.signedSeq);
            checkpointsSeen.addAll(next.checkpointsSeen);
            broken = next.broken;
        }
    }

    /** The walk on one connection: from the start, or from the checkpoint asked for, to the chain's last link. */
    private static Walk walk(Connection connection, Request request) throws SQLException {
        Walk walk = new Walk();
        long from = request.fromChainSeq();
        CheckpointSignature.Verifier key = CheckpointSignature.Verifier.of(request.publicKey());
        if (from > 0 && !startAtCheckpoint(connection, from, key, walk)) {
            return walk;
        }
        walkRange(connection, walk, Long.MAX_VALUE, key, new LinkHasher(), () -> false);
        return walk;
    }

    /** Column indexes of {@link #LINKS}. */
    private static final int CHAIN_SEQ = 1, CHAINED_HASH = 2, CHECKPOINT_GLOBAL_INDEX = 3, CHECKPOINT_HASH = 4,
            PUBLIC_KEY = 5, SIGNATURE = 6, CREATED_AT = 7, GLOBAL_INDEX = 8, EVENT_IDENTIFIER = 9;
    private static final String LINKS = "select c.chain_seq, c.hash, k.global_index, k.hash, k.public_key, "
            + "k.signature, k.created_at, " + ChainedEvent.COLUMNS.replace("e.global_index", "c.global_index")
            + " from event_chain c"
            + " left join domain_event_entry e on e.global_index = c.global_index"
            + " left join audit_checkpoint k on k.chain_seq = c.chain_seq"
            + " where c.chain_seq > ? and c.chain_seq <= ? order by c.chain_seq";

    /**
     * Verifies the links after {@code walk}'s head up to chain position {@code last}, stopping at the first break or
     * once {@code abandoned} tells an earlier range has broken. A position missing at the end of the range is named
     * with the link after it, as when the walk reads on. Answers false when abandoned.
     */
    private static boolean walkRange(Connection connection, Walk walk, long last, CheckpointSignature.Verifier key,
                                     LinkHasher hasher, BooleanSupplier abandoned) throws SQLException {
        try (PreparedStatement chain = connection.prepareStatement(LINKS)) {
            chain.setFetchSize(FETCH_SIZE);
            if (chain.isWrapperFor(PGStatement.class)) {
                // Binary transfer: the event's bytes arrive as stored instead of in hexadecimal, twice their size,
                // which the database would encode and the driver decode for every row.
                chain.unwrap(PGStatement.class).setPrepareThreshold(-1);
            }
            chain.setLong(1, walk.headSeq);
            chain.setLong(2, last);
            try (ResultSet row = chain.executeQuery()) {
                while (row.next()) {
                    walk.broken = verifyLink(row, walk, key, hasher);
                    if (walk.broken != null) {
                        return true;
                    }
                    if (walk.verified % FETCH_SIZE == 0 && abandoned.getAsBoolean()) {
                        return false;
                    }
                }
            }
        }
        if (walk.headSeq < last && last != Long.MAX_VALUE) {
            try (PreparedStatement next = connection.prepareStatement(
                    "select global_index from event_chain where chain_seq > ? order by chain_seq limit 1")) {
                next.setLong(1, walk.headSeq);
                try (ResultSet row = next.executeQuery()) {
                    if (row.next()) {
                        walk.broken = missing(walk.headSeq + 1, row.getLong(1));
                    }
                }
            }
        }
        return true;
    }

    private static Mismatch missing(long chainSeq, long nextGlobalIndex) {
        return new Mismatch(chainSeq, null, "chain position " + chainSeq
                + " is missing (the link after it chains global index " + nextGlobalIndex + ")");
    }

    private static Mismatch verifyLink(ResultSet row, Walk walk, CheckpointSignature.Verifier key, LinkHasher hasher)
            throws SQLException {
        long seq = row.getLong(CHAIN_SEQ);
        long index = row.getLong(GLOBAL_INDEX);
        if (seq != walk.headSeq + 1) {
            return missing(walk.headSeq + 1, index);
        }
        if (row.getBytes(EVENT_IDENTIFIER) == null) {
            return new Mismatch(seq, index, "the chained event is missing from the event store");
        }
        byte[] computed = hasher.hash(walk.head, row, GLOBAL_INDEX);
        if (!Arrays.equals(computed, row.getBytes(CHAINED_HASH))) {
            return new Mismatch(seq, index,
                    "the hash recomputed from the event differs from the recorded one (the event or its link was changed)");
        }
        String signature = row.getString(SIGNATURE);
        if (signature != null) {
            Instant createdAt = row.getTimestamp(CREATED_AT).toInstant();
            if (row.getLong(CHECKPOINT_GLOBAL_INDEX) != index
                    || !Arrays.equals(row.getBytes(CHECKPOINT_HASH), computed)) {
                return new Mismatch(seq, index, "the checkpoint does not hold this link's event and hash");
            }
            if (!key.verify(CheckpointSignature.message(seq, index, computed, createdAt), signature)) {
                return new Mismatch(seq, index, key.publicKey().equals(row.getString(PUBLIC_KEY))
                        ? "the checkpoint's signature does not match"
                        : "the checkpoint is signed with another key than the registry's");
            }
            walk.checkpointsSeen.add(seq);
            walk.signedSeq = seq;
        }
        walk.head = computed;
        walk.headSeq = seq;
        walk.headIndex = index;
        walk.verified++;
        return null;
    }

    /**
     * The workers and their connections, each reading the snapshot exported by the verifying connection. The chain
     * after the start is cut into one contiguous range per worker; a range starts from the stored hash of the link
     * before it, which the range before it has checked by the time the results are joined: the ranges are joined in
     * order up to the first break, so the result is the one walk's.
     */
    private static final class Workers implements AutoCloseable {

        private final int count;
        private final Connections connections;
        private final Connection verifying;
        private final ExecutorService pool;
        /** The lowest range found broken so far; ranges after it stop early, their result being unused. */
        private final AtomicInteger firstBroken = new AtomicInteger(Integer.MAX_VALUE);
        private Walk failedStart;
        private final List<Future<Walk>> ranges = new ArrayList<>();

        Workers(int count, Connections connections, Connection verifying) {
            this.count = count;
            this.connections = connections;
            this.verifying = verifying;
            AtomicInteger threads = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(count, work -> {
                Thread thread = new Thread(work, "chain-verifier-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }

        /** Exports the verifying connection's snapshot and sets the workers walking their ranges. */
        void start(Request request) throws SQLException {
            String snapshot;
            String searchPath;
            long last;
            try (PreparedStatement export = verifying.prepareStatement(
                    "select pg_export_snapshot(), current_setting('search_path'), "
                            + "(select coalesce(max(chain_seq), 0) from event_chain)");
                 ResultSet row = export.executeQuery()) {
                row.next();
                snapshot = row.getString(1);
                searchPath = row.getString(2);
                last = row.getLong(3);
            }
            Walk start = new Walk();
            long from = request.fromChainSeq();
            CheckpointSignature.Verifier key = CheckpointSignature.Verifier.of(request.publicKey());
            if (from > 0 && !startAtCheckpoint(verifying, from, key, start)) {
                failedStart = start;
                return;
            }
            long links = Math.max(0, last - from);
            int parts = (int) Math.max(1, Math.min(count, links));
            for (int range = 0; range < parts; range++) {
                int number = range;
                long first = from + links * range / parts + 1;
                long end = range == parts - 1 ? Long.MAX_VALUE : from + links * (range + 1) / parts;
                ranges.add(pool.submit(() -> walkRange(number, number == 0 ? start : null, first, end, snapshot,
                        searchPath, key)));
            }
        }

        /** The ranges' walks joined in order up to the first break. */
        Walk joined() throws SQLException {
            if (failedStart != null) {
                return failedStart;
            }
            Walk joined = result(ranges.get(0));
            for (Future<Walk> next : ranges.subList(1, ranges.size())) {
                if (joined.broken != null) {
                    break;
                }
                Walk range = result(next);
                if (range == null) {
                    throw new IllegalStateException("A range whose start is missing followed an unbroken range");
                }
                joined.append(range);
            }
            return joined;
        }

        private Walk walkRange(int range, Walk start, long first, long last, String snapshot, String searchPath,
                               CheckpointSignature.Verifier key) throws SQLException {
            try (Connection connection = connections.open()) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setReadOnly(true);
                try {
                    try (PreparedStatement adopt = connection.prepareStatement(
                            "select set_config('search_path', ?, true)")) {
                        importSnapshot(connection, snapshot);
                        adopt.setString(1, searchPath);
                        adopt.execute();
                    }
                    Walk walk = start != null ? start : startAtStoredLink(connection, first - 1);
                    if (walk == null) {
                        // The link before this range is missing: the range before it breaks there or earlier.
                        firstBroken.accumulateAndGet(range - 1, Math::min);
                        return null;
                    }
                    boolean walked = ChainVerifier.walkRange(connection, walk, last, key, new LinkHasher(),
                            () -> firstBroken.get() < range);
                    if (walk.broken != null) {
                        firstBroken.accumulateAndGet(range, Math::min);
                    }
                    return walked ? walk : null;
                } finally {
                    connection.rollback();
                }
            }
        }

        private static void importSnapshot(Connection connection, String snapshot) throws SQLException {
            if (!snapshot.matches("[0-9A-Fa-f-]+")) {
                throw new SQLException("The database exported a snapshot named " + snapshot);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("set transaction snapshot '" + snapshot + "'");
            }
        }

        private static Walk startAtStoredLink(Connection connection, long chainSeq) throws SQLException {
            try (PreparedStatement link = connection.prepareStatement(
                    "select global_index, hash from event_chain where chain_seq = ?")) {
                link.setLong(1, chainSeq);
                try (ResultSet row = link.executeQuery()) {
                    if (!row.next()) {
                        return null;
                    }
                    Walk walk = new Walk();
                    walk.headSeq = chainSeq;
                    walk.headIndex = row.getLong(1);
                    walk.head = row.getBytes(2);
                    return walk;
                }
            }
        }

        private static Walk result(Future<Walk> walk) throws SQLException {
            try {
                return walk.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while verifying the chain", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SQLException failed) {
                    throw new SQLException(failed.getMessage(), failed.getSQLState(), failed);
                }
                throw new IllegalStateException("A worker failed to verify its range of the chain", e.getCause());
            }
        }

        /**
         * Stops every range still walking (those after a break, or all when verification failed) at its next link,
         * and waits for them: no worker's connection or snapshot outlives the verification's answer.
         */
        @Override
        public void close() {
            firstBroken.set(-1);
            pool.shutdown();
            try {
                if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts the walk after a checkpoint, once its signature and its link check out. */
    private static boolean startAtCheckpoint(Connection connection, long chainSeq, CheckpointSignature.Verifier key,
                                             Walk walk) throws SQLException {
        try (PreparedStatement start = connection.prepareStatement(
                "select k.global_index, k.hash, k.created_at, k.signature, c.hash as chained_hash "
                        + "from audit_checkpoint k left join event_chain c on c.chain_seq = k.chain_seq "
                        + "where k.chain_seq = ?")) {
            start.setLong(1, chainSeq);
            try (ResultSet row = start.executeQuery()) {
                if (!row.next()) {
                    walk.broken = new Mismatch(chainSeq, null, "there is no checkpoint at chain position " + chainSeq);
                    return false;
                }
                long index = row.getLong("global_index");
                byte[] hash = row.getBytes("hash");
                Instant createdAt = row.getTimestamp("created_at").toInstant();
                if (!key.verify(CheckpointSignature.message(chainSeq, index, hash, createdAt),
                        row.getString("signature"))) {
                    walk.broken = new Mismatch(chainSeq, index,
                            "the checkpoint to start from is not signed with the registry's key");
                    return false;
                }
                if (!Arrays.equals(hash, row.getBytes("chained_hash"))) {
                    walk.broken = new Mismatch(chainSeq, index,
                            "the chain does not hold the hash of the checkpoint to start from");
                    return false;
                }
                walk.head = hash;
                walk.headSeq = chainSeq;
                walk.headIndex = index;
                walk.signedSeq = chainSeq;
                return true;
            }
        }
    }

    /** A checkpoint signs a link; one whose chain position the chain lacks means links were removed. */
    private static void orphanCheckpoints(Connection connection, List<Mismatch> mismatches) throws SQLException {
        try (PreparedStatement orphans = connection.prepareStatement("""
                select count(*) over (), k.chain_seq, k.global_index from audit_checkpoint k
                where not exists (select 1 from event_chain c where c.chain_seq = k.chain_seq)
                order by k.chain_seq limit 1""");
             ResultSet row = orphans.executeQuery()) {
            if (row.next()) {
                mismatches.add(new Mismatch(row.getLong(2), row.getLong(3),
                        "the checkpoint signs a link the chain lacks" + andMore(row.getLong(1), "checkpoints")));
            }
        }
    }

    private static long settledPosition(Connection connection, Request request) throws SQLException {
        OptionalLong settled = request.settledPosition().isPresent() ? request.settledPosition()
                : StoredChainPosition.settledPosition(connection);
        if (settled.isPresent()) {
            return Math.max(0, settled.getAsLong());
        }
        // No chain processor has ever stored a position: nothing can be pending, so every stored event is due.
        try (PreparedStatement head = connection.prepareStatement(
                "select coalesce(max(global_index), 0) from domain_event_entry");
             ResultSet row = head.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Every stored event up to the settled position is chained, and no event is chained twice; answers how many. */
    private static long coverage(Connection connection, long settled, List<Mismatch> mismatches) throws SQLException {
        long covered;
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from domain_event_entry where global_index <= ?")) {
            count.setLong(1, settled);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                covered = row.getLong(1);
            }
        }
        try (PreparedStatement unchained = connection.prepareStatement("""
                select count(*), min(e.global_index) from domain_event_entry e
                where e.global_index <= ? and not exists (select 1 from event_chain c where c.global_index = e.global_index)""")) {
            unchained.setLong(1, settled);
            try (ResultSet row = unchained.executeQuery()) {
                row.next();
                if (row.getLong(1) > 0) {
                    mismatches.add(new Mismatch(null, row.getLong(2),
                            "the event is not in the chain" + andMore(row.getLong(1), "events")));
                }
            }
        }
        try (PreparedStatement twice = connection.prepareStatement("""
                select count(*) over (), global_index, min(chain_seq), count(*) from event_chain
                group by global_index having count(*) > 1 order by global_index limit 1""");
             ResultSet row = twice.executeQuery()) {
            if (row.next()) {
                mismatches.add(new Mismatch(row.getLong(3), row.getLong(2), "the event is linked " + row.getLong(4)
                        + " times" + andMore(row.getLong(1), "events linked more than once")));
            }
        }
        return covered;
    }

    private static int compareHeads(Connection connection, Request request, Set<Long> checkedByTheWalk,
                                    List<Mismatch> mismatches) throws SQLException {
        Map<Long, Checkpoint> stored = new HashMap<>();
        try (PreparedStatement checkpoints = connection.prepareStatement(
                "select chain_seq, global_index, hash, created_at, signature from audit_checkpoint");
             ResultSet row = checkpoints.executeQuery()) {
            while (row.next()) {
                stored.put(row.getLong(1), new Checkpoint(row.getLong(1), row.getLong(2),
                        HexFormat.of().formatHex(row.getBytes(3)), row.getTimestamp(4).toInstant(), row.getString(5)));
            }
        }
        List<Mismatch> found = new ArrayList<>();
        for (HeadsFile.Line line : request.heads()) {
            Optional<Checkpoint> written = line.checkpoint();
            if (written.isEmpty()) {
                found.add(new Mismatch(null, null, "line " + line.number() + " of the heads file is not a checkpoint"));
                continue;
            }
            Checkpoint head = written.get();
            Checkpoint held = stored.get(head.chainSeq());
            if (head.equals(held) && checkedByTheWalk.contains(head.chainSeq())) {
                // The same checkpoint as the database's, whose signature the walk has checked already.
                continue;
            }
            if (!head.isSignedBy(request.publicKey())) {
                found.add(new Mismatch(head.chainSeq(), head.globalIndex(), "the heads file's checkpoint (line "
                        + line.number() + ") is not signed with the registry's key"));
            } else if (held == null) {
                found.add(new Mismatch(head.chainSeq(), head.globalIndex(),
                        "the database lacks the checkpoint on line " + line.number() + " of the heads file"));
            } else if (!held.equals(head)) {
                found.add(new Mismatch(head.chainSeq(), head.globalIndex(),
                        "the database holds the checkpoint on line " + line.number()
                                + " of the heads file differently"));
            }
        }
        mismatches.addAll(found.subList(0, Math.min(found.size(), HEADS_REPORTED)));
        if (found.size() > HEADS_REPORTED) {
            mismatches.add(new Mismatch(null, null,
                    (found.size() - HEADS_REPORTED) + " more lines of the heads file disagree with the database"));
        }
        return request.heads().size();
    }

    private static String andMore(long count, String what) {
        return count > 1 ? " (" + count + " " + what + " in all, this is the first)" : "";
    }
}
