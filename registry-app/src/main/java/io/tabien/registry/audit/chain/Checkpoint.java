package io.tabien.registry.audit.chain;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * A signed head of the chain: the link at {@code chainSeq}, which chains the event at {@code globalIndex}, had
 * {@code hash} (lower-case hex) at {@code createdAt}. As a line of the heads file it is the signed text followed by
 * the signature: {@code chain_seq|global_index|hash|created_at|signature}.
 */
public record Checkpoint(long chainSeq, long globalIndex, String hash, Instant createdAt, String signature) {

    private static final String SEPARATOR = "|";

    public byte[] signedText() {
        return CheckpointSignature.message(chainSeq, globalIndex, HexFormat.of().parseHex(hash), createdAt);
    }

    public boolean isSignedBy(String publicKey) {
        return CheckpointSignature.verify(publicKey, signedText(), signature);
    }

    public String toLine() {
        return String.join(SEPARATOR, Long.toString(chainSeq), Long.toString(globalIndex), hash, createdAt.toString(),
                signature);
    }

    /** @throws IllegalArgumentException when the line is not a checkpoint */
    public static Checkpoint fromLine(String line) {
        String[] fields = line.strip().split("\\|", -1);
        if (fields.length != 5) {
            throw new IllegalArgumentException("a checkpoint line has five fields separated by '|'");
        }
        try {
            String hash = HexFormat.of().formatHex(HexFormat.of().parseHex(fields[2]));
            return new Checkpoint(Long.parseLong(fields[0]), Long.parseLong(fields[1]), hash,
                    Instant.parse(fields[3]), fields[4]);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("a checkpoint line holds numbers, a hex hash and an ISO-8601 instant", e);
        }
    }
}
