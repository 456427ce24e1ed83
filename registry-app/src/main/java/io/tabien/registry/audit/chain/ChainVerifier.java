package io.tabien.registry.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Recomputes the chain from the event store and checks every checkpoint's signature. Plain JDBC, so that the
 * same check runs inside the application and offline against a copy of the database.
 */
public final class ChainVerifier {

    public record Mismatch(long chainSeq, long globalIndex, String reason) {
    }

    public record Report(boolean intact, long fromChainSeq, long eventsVerified, long checkpointsVerified,
                         Long headChainSeq, Long headGlobalIndex, String headHash, Mismatch firstMismatch) {
    }

    private static final int FETCH_SIZE = 1000;

    private ChainVerifier() {
    }

    /**
     * @param fromChainSeq  start after this checkpoint's chain position (0: from the first event); the checkpoint's
     *                      hash is trusted once its signature checks out
     * @param publicKey     the key checkpoints must be signed with; null to accept the key stored with them
     */
    public static Report verify(Connection connection, long fromChainSeq, String publicKey) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            return run(connection, fromChainSeq, publicKey);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Report run(Connection connection, long fromChainSeq, String publicKey) throws SQLException {
        byte[] previous = ChainedEvent.GENESIS;
        if (fromChainSeq > 0) {
            try (PreparedStatement start = connection.prepareStatement(
                    "select c.hash, k.public_key, k.signature, k.global_index, k.created_at from event_chain c "
                            + "join audit_checkpoint k on k.chain_seq = c.chain_seq where c.chain_seq = ?")) {
                start.setLong(1, fromChainSeq);
                try (ResultSet row = start.executeQuery()) {
                    if (!row.next()) {
                        return new Report(false, fromChainSeq, 0, 0, null, null, null,
                                new Mismatch(fromChainSeq, -1, "no checkpoint at chain position " + fromChainSeq));
                    }
                    previous = row.getBytes(1);
                }
            }
        }
        long verified = 0;
        long checkpoints = 0;
        Long headSeq = null;
        Long headIndex = null;
        byte[] head = previous;
        long expectedSeq = fromChainSeq + 1;
        try (PreparedStatement chain = connection.prepareStatement(
                "select c.chain_seq, c.hash as chained_hash, k.hash as checkpoint_hash, k.public_key, k.signature, "
                        + "k.created_at, " + ChainedEvent.COLUMNS.replace("e.global_index", "c.global_index")
                        + " from event_chain c"
                        + " left join domain_event_entry e on e.global_index = c.global_index"
                        + " left join audit_checkpoint k on k.chain_seq = c.chain_seq"
                        + " where c.chain_seq > ? order by c.chain_seq")) {
            chain.setFetchSize(FETCH_SIZE);
            chain.setLong(1, fromChainSeq);
            try (ResultSet row = chain.executeQuery()) {
                while (row.next()) {
                    long seq = row.getLong("chain_seq");
                    long index = row.getLong("global_index");
                    if (seq != expectedSeq) {
                        return broken(fromChainSeq, verified, checkpoints, headSeq, headIndex, head,
                                new Mismatch(seq, index, "chain position " + expectedSeq + " is missing"));
                    }
                    if (row.getString("event_identifier") == null) {
                        return broken(fromChainSeq, verified, checkpoints, headSeq, headIndex, head,
                                new Mismatch(seq, index, "the event is missing from the event store"));
                    }
                    byte[] computed = ChainedEvent.from(row).hash(previous);
                    if (!Arrays.equals(computed, row.getBytes("chained_hash"))) {
                        return broken(fromChainSeq, verified, checkpoints, headSeq, headIndex, head,
                                new Mismatch(seq, index, "the event's bytes no longer match its recorded hash"));
                    }
                    String signature = row.getString("signature");
                    if (signature != null) {
                        String key = row.getString("public_key");
                        Instant createdAt = row.getTimestamp("created_at").toInstant();
                        if (publicKey != null && !publicKey.equals(key)) {
                            return broken(fromChainSeq, verified, checkpoints, headSeq, headIndex, head,
                                    new Mismatch(seq, index, "the checkpoint is signed with another key"));
                        }
                        if (!Arrays.equals(row.getBytes("checkpoint_hash"), computed)
                                || !CheckpointSignature.verify(key,
                                CheckpointSignature.message(seq, index, computed, createdAt), signature)) {
                            return broken(fromChainSeq, verified, checkpoints, headSeq, headIndex, head,
                                    new Mismatch(seq, index, "the checkpoint's signature does not match"));
                        }
                        checkpoints++;
                    }
                    previous = computed;
                    head = computed;
                    headSeq = seq;
                    headIndex = index;
                    expectedSeq++;
                    verified++;
                }
            }
        }
        return new Report(true, fromChainSeq, verified, checkpoints, headSeq, headIndex, hex(head), null);
    }

    private static Report broken(long from, long verified, long checkpoints, Long headSeq, Long headIndex, byte[] head,
                                 Mismatch mismatch) {
        return new Report(false, from, verified, checkpoints, headSeq, headIndex, hex(head), mismatch);
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
