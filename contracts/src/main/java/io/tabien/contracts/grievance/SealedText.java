package io.tabien.contracts.grievance;

import java.util.Objects;

/**
 * A piece of a case file as an event carries it: sealed with the key of its case ({@code aes-gcm:} followed by the
 * nonce and ciphertext in Base64), so that destroying the key erases it while the event, and the hash chain over it,
 * stay as they were. Case files recorded before sealing began carry their text as it was ({@code plain:}).
 */
public record SealedText(String envelope) {

    public static final String SEALED = "aes-gcm:";
    public static final String PLAIN = "plain:";

    public SealedText {
        Objects.requireNonNull(envelope, "envelope");
        if (!envelope.startsWith(SEALED) && !envelope.startsWith(PLAIN)) {
            throw new IllegalArgumentException("A sealed text starts with " + SEALED + " or " + PLAIN);
        }
    }

    /** Text recorded before case files were sealed: it cannot be erased from the events that carry it. */
    public static SealedText unsealed(String text) {
        return text == null ? null : new SealedText(PLAIN + text);
    }

    /** The envelope as a column or a view keeps it; null for no text. */
    public static String envelopeOf(SealedText text) {
        return text == null ? null : text.envelope();
    }

    public boolean sealed() {
        return envelope.startsWith(SEALED);
    }

    @Override
    public String toString() {
        return sealed() ? "SealedText[sealed]" : "SealedText[unsealed]";
    }
}
