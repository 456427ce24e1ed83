package io.tabien.registry.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks the access log's chain with the registry's public key (never a key stored in the database): each link's
 * hash is recomputed from its entry and the previous hash, each checkpoint's signature and hash are checked, every
 * checkpoint signs a link the chain holds, and every entry written before {@code settledBefore} is linked. Plain
 * JDBC on one snapshot, like {@link ChainVerifier}, so that it also runs offline against a copy of the database.
 */
public final class AccessLogVerifier {

    /** Where the chain is broken: its chain position, the entry's number, or both, whichever is known. */
    public record Mismatch(Long chainSeq, Long entryId, String reason) {
    }

    /**
     * @param entriesVerified     links whose hash was recomputed
     * @param checkpointsVerified checkpoints whose signature was checked on the way
     * @param unsignedTail        links after the last checkpoint
     * @param mismatches          empty when the chain is intact; the walk stops at the first break
     */
    public record Report(boolean intact, long entriesVerified, long checkpointsVerified, long unsignedTail,
                         Long headChainSeq, Long headEntryId, String headHash, List<Mismatch> mismatches) {
    }

    /** An entry older than this must be linked: the chainer links within a second of the insert. */
    public static final Duration SETTLED = Duration.ofMinutes(1);

    private static final int FETCH_SIZE = 1000;

    private AccessLogVerifier() {
    }

    public static Report verify(Connection connection, String publicKey, Instant settledBefore) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return run(connection, CheckpointSignature.Verifier.of(publicKey), settledBefore);
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Report run(Connection connection, CheckpointSignature.Verifier key, Instant settledBefore)
            throws SQLException {
        List<Mismatch> mismatches = new ArrayList<>();
        LinkHasher hasher = new LinkHasher();
        byte[] head = ChainedEvent.GENESIS;
        long headSeq = 0;
        Long headEntry = null;
        long verified = 0;
        long checkpoints = 0;
        long signedSeq = 0;
        try (PreparedStatement walk = connection.prepareStatement("select c.chain_seq, c.entry_id, c.hash, "
                + "k.entry_id, k.hash, k.created_at, k.signature, a.entry_id is not null, " + AccessEntryColumns.COLUMNS
                + " from access_log_chain c left join access_log a on a.entry_id = c.entry_id "
                + "left join access_log_checkpoint k on k.chain_seq = c.chain_seq order by c.chain_seq")) {
            walk.setFetchSize(FETCH_SIZE);
            try (ResultSet row = walk.executeQuery()) {
                while (row.next()) {
                    long seq = row.getLong(1);
                    long entry = row.getLong(2);
                    Mismatch broken = null;
                    byte[] hash = null;
                    if (seq != headSeq + 1) {
                        broken = new Mismatch(seq, entry, "links " + (headSeq + 1) + " to " + (seq - 1)
                                + " are missing from the chain");
                    } else if (!row.getBoolean(8)) {
                        broken = new Mismatch(seq, entry, "the linked entry is missing from the access log");
                    } else {
                        hash = AccessEntryColumns.hash(hasher, head, row, 9);
                        if (!Arrays.equals(hash, row.getBytes(3))) {
                            broken = new Mismatch(seq, entry, "the entry or its link was changed after it was linked");
                        }
                    }
                    if (broken == null && row.getObject(4) != null) {
                        Instant signedAt = row.getTimestamp(6).toInstant();
                        if (row.getLong(4) != entry || !Arrays.equals(row.getBytes(5), hash)) {
                            broken = new Mismatch(seq, entry, "the checkpoint does not sign this link");
                        } else if (!key.verify(CheckpointSignature.message(seq, entry, hash, signedAt),
                                row.getString(7))) {
                            broken = new Mismatch(seq, entry, "the checkpoint is not signed with the registry's key");
                        } else {
                            checkpoints++;
                            signedSeq = seq;
                        }
                    }
                    if (broken != null) {
                        mismatches.add(broken);
                        break;
                    }
                    head = hash;
                    headSeq = seq;
                    headEntry = entry;
                    verified++;
                }
            }
        }
        orphanCheckpoints(connection, mismatches);
        unlinked(connection, settledBefore, mismatches);
        return new Report(mismatches.isEmpty(), verified, checkpoints, headSeq - signedSeq,
                headSeq == 0 ? null : headSeq, headEntry, HexFormat.of().formatHex(head), List.copyOf(mismatches));
    }

    /** A checkpoint signs a link; one whose chain position the chain lacks means links were removed. */
    private static void orphanCheckpoints(Connection connection, List<Mismatch> mismatches) throws SQLException {
        try (PreparedStatement orphans = connection.prepareStatement("""
                select count(*) over (), k.chain_seq, k.entry_id from access_log_checkpoint k
                where not exists (select 1 from access_log_chain c where c.chain_seq = k.chain_seq)
                order by k.chain_seq limit 1""");
             ResultSet row = orphans.executeQuery()) {
            if (row.next()) {
                mismatches.add(new Mismatch(row.getLong(2), row.getLong(3),
                        "the checkpoint signs a link the chain lacks" + andMore(row.getLong(1), "checkpoints")));
            }
        }
    }

    private static void unlinked(Connection connection, Instant settledBefore, List<Mismatch> mismatches)
            throws SQLException {
        try (PreparedStatement unlinked = connection.prepareStatement("""
                select count(*), min(a.entry_id) from access_log a where a.read_at < ?
                and not exists (select 1 from access_log_chain c where c.entry_id = a.entry_id)""")) {
            unlinked.setTimestamp(1, Timestamp.from(settledBefore));
            try (ResultSet row = unlinked.executeQuery()) {
                row.next();
                if (row.getLong(1) > 0) {
                    mismatches.add(new Mismatch(null, row.getLong(2),
                            "the entry is not in the chain" + andMore(row.getLong(1), "entries")));
                }
            }
        }
    }

    private static String andMore(long count, String what) {
        return count > 1 ? " (" + count + " " + what + " in all, this is the first)" : "";
    }
}
