package io.tabien.registry.platform.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A moment read from the text {@link Instant#toString} writes, the form the registry stores in events' metadata and
 * its event store: UTC, years 0000–9999, no, three, six or nine digits of the second's fraction
 * ({@code 2026-11-29T10:15:30.123Z}). That form is read by its fixed positions, which costs a fraction of
 * {@link Instant#parse}: a rebuild reads a moment from every event's metadata, a sync batch from every entry.
 */
public final class InstantText {

    private static final int SHORTEST = "2026-11-29T10:15:30Z".length();
    private static final int LONGEST = "2026-11-29T10:15:30.123456789Z".length();
    private static final int FRACTION = SHORTEST - 1;

    private InstantText() {
    }

    /** As {@link Instant#parse}, which reads any text not in the form above and refuses what it refuses. */
    public static Instant parse(String text) {
        Instant read = ofUtcText(text);
        return read != null ? read : Instant.parse(text);
    }

    /**
     * The moment of a text in the form above, with one to nine digits of fraction; null for any other text, and for
     * one that names no moment (the 30th of February, hour 24, a leap second), which a general parse then reads or
     * refuses.
     */
    public static Instant ofUtcText(String text) {
        int length = text.length();
        if (length < SHORTEST || length > LONGEST || length == SHORTEST + 1 || text.charAt(length - 1) != 'Z'
                || !hasDateAndTime(text)) {
            return null;
        }
        int nanos = 0;
        if (length > SHORTEST) {
            if (text.charAt(FRACTION) != '.') {
                return null;
            }
            for (int i = FRACTION + 1; i < length - 1; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                nanos = nanos * 10 + (c - '0');
            }
            for (int digits = length - 1 - (FRACTION + 1); digits < 9; digits++) {
                nanos *= 10;
            }
        }
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            long day = LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2)).toEpochDay();
            return Instant.ofEpochSecond(day * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    private static boolean hasDateAndTime(String text) {
        for (int i = 0; i < FRACTION; i++) {
            char c = text.charAt(i);
            boolean expected = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                default -> c >= '0' && c <= '9';
            };
            if (!expected) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
