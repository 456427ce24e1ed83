package io.tabien.registry.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    public static Report verify(Connection connection, Request request) throws SQLException {
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
            return run(connection, request);
        } finally {
            connection.rollback();
            connection.setReadOnly(readOnly);
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Report run(Connection connection, Request request) throws SQLException {
        List<Mismatch> mismatches = new ArrayList<>();
        Walk walk = walk(connection, request, mismatches);
        orphanCheckpoints(connection, mismatches);
        long settled = settledPosition(connection, request);
        long covered = coverage(connection, settled, mismatches);
        Integer compared = null;
        if (request.heads() != null) {
            compared = compareHeads(connection, request, walk.checkpointsSeen, mismatches);
        }
        return new Report(mismatches.isEmpty(), request.fromChainSeq(), settled, covered, walk.verified,
                walk.checkpointsSeen.size(), walk.headSeq - walk.signedSeq, walk.headSeq == 0 ? null : walk.headSeq,
                walk.headIndex, HexFormat.of().formatHex(walk.head), compared, List.copyOf(mismatches));
    }

    /** How far the chain was walked, and where its last verified link and checkpoint are. */
    private static final class Walk {
        long verified;
        long headSeq;
        Long headIndex;
        long signedSeq;
        byte[] head = ChainedEvent.GENESIS;
        /** Chain positions of the checkpoints whose signature and hash the walk checked. */
        final Set<Long> checkpointsSeen = new HashSet<>();
    }

    private static Walk walk(Connection connection, Request request, List<Mismatch> mismatches) throws SQLException {
        Walk walk = new Walk();
        long from = request.fromChainSeq();
        if (from > 0 && !startAtCheckpoint(connection, from, request.publicKey(), walk, mismatches)) {
            return walk;
        }
        try (PreparedStatement chain = connection.prepareStatement(
                "select c.chain_seq, c.hash as chained_hash, k.global_index as checkpoint_global_index, "
                        + "k.hash as checkpoint_hash, k.public_key, k.signature, k.created_at, "
                        + ChainedEvent.COLUMNS.replace("e.global_index", "c.global_index")
                        + " from event_chain c"
                        + " left join domain_event_entry e on e.global_index = c.global_index"
                        + " left join audit_checkpoint k on k.chain_seq = c.chain_seq"
                        + " where c.chain_seq > ? order by c.chain_seq")) {
            chain.setFetchSize(FETCH_SIZE);
            chain.setLong(1, from);
            try (ResultSet row = chain.executeQuery()) {
                while (row.next()) {
                    Optional<Mismatch> broken = verifyLink(row, walk, request.publicKey());
                    if (broken.isPresent()) {
                        mismatches.add(broken.get());
                        return walk;
                    }
                }
            }
        }
        return walk;
    }

    private static Optional<Mismatch> verifyLink(ResultSet row, Walk walk, String publicKey) throws SQLException {
        long seq = row.getLong("chain_seq");
        long index = row.getLong("global_index");
        if (seq != walk.headSeq + 1) {
            return Optional.of(new Mismatch(walk.headSeq + 1, null,
                    "chain position " + (walk.headSeq + 1) + " is missing (the link after it chains global index "
                            + index + ")"));
        }
        if (row.getString("event_identifier") == null) {
            return Optional.of(new Mismatch(seq, index, "the chained event is missing from the event store"));
        }
        byte[] computed = ChainedEvent.from(row).hash(walk.head);
        if (!Arrays.equals(computed, row.getBytes("chained_hash"))) {
            return Optional.of(new Mismatch(seq, index,
                    "the hash recomputed from the event differs from the recorded one (the event or its link was changed)"));
        }
        String signature = row.getString("signature");
        if (signature != null) {
            Instant createdAt = row.getTimestamp("created_at").toInstant();
            if (row.getLong("checkpoint_global_index") != index
                    || !Arrays.equals(row.getBytes("checkpoint_hash"), computed)) {
                return Optional.of(new Mismatch(seq, index, "the checkpoint does not hold this link's event and hash"));
            }
            if (!CheckpointSignature.verify(publicKey, CheckpointSignature.message(seq, index, computed, createdAt),
                    signature)) {
                return Optional.of(new Mismatch(seq, index, publicKey.equals(row.getString("public_key"))
                        ? "the checkpoint's signature does not match"
                        : "the checkpoint is signed with another key than the registry's"));
            }
            walk.checkpointsSeen.add(seq);
            walk.signedSeq = seq;
        }
        walk.head = computed;
        walk.headSeq = seq;
        walk.headIndex = index;
        walk.verified++;
        return Optional.empty();
    }

    /** Starts the walk after a checkpoint, once its signature and its link check out. */
    private static boolean startAtCheckpoint(Connection connection, long chainSeq, String publicKey, Walk walk,
                                             List<Mismatch> mismatches) throws SQLException {
        try (PreparedStatement start = connection.prepareStatement(
                "select k.global_index, k.hash, k.created_at, k.signature, c.hash as chained_hash "
                        + "from audit_checkpoint k left join event_chain c on c.chain_seq = k.chain_seq "
                        + "where k.chain_seq = ?")) {
            start.setLong(1, chainSeq);
            try (ResultSet row = start.executeQuery()) {
                if (!row.next()) {
                    mismatches.add(new Mismatch(chainSeq, null, "there is no checkpoint at chain position " + chainSeq));
                    return false;
                }
                long index = row.getLong("global_index");
                byte[] hash = row.getBytes("hash");
                Instant createdAt = row.getTimestamp("created_at").toInstant();
                if (!CheckpointSignature.verify(publicKey, CheckpointSignature.message(chainSeq, index, hash, createdAt),
                        row.getString("signature"))) {
                    mismatches.add(new Mismatch(chainSeq, index,
                            "the checkpoint to start from is not signed with the registry's key"));
                    return false;
                }
                if (!Arrays.equals(hash, row.getBytes("chained_hash"))) {
                    mismatches.add(new Mismatch(chainSeq, index,
                            "the chain does not hold the hash of the checkpoint to start from"));
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
