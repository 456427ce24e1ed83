package io.tabien.registry.platform.axon;

import org.axonframework.common.DateTimeUtils;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The moment of a stored event, read from the text the event store keeps. The store writes every moment in one form,
 * UTC with three digits of milliseconds ({@code 2026-11-29T10:15:30.123Z}); that form is read by its fixed
 * positions, which costs a fraction of a general parse. Any other text (an offset, more digits) is parsed as Axon
 * parses it.
 */
final class StoredTimestamps {

    private static final int STORED_LENGTH = "2026-11-29T10:15:30.123Z".length();

    private StoredTimestamps() {
    }

    static Instant parse(String stored) {
        if (stored.length() == STORED_LENGTH && hasStoredShape(stored)) {
            try {
                int hour = digits(stored, 11, 2);
                int minute = digits(stored, 14, 2);
                int second = digits(stored, 17, 2);
                if (hour < 24 && minute < 60 && second < 60) {
                    long day = LocalDate.of(digits(stored, 0, 4), digits(stored, 5, 2), digits(stored, 8, 2))
                            .toEpochDay();
                    return Instant.ofEpochSecond(day * 86_400 + hour * 3_600L + minute * 60L + second,
                            digits(stored, 20, 3) * 1_000_000L);
                }
            } catch (DateTimeException notADay) {
                // Left to the general parse, which says what is wrong with it.
            }
        }
        return DateTimeUtils.parseInstant(stored);
    }

    private static boolean hasStoredShape(String text) {
        for (int i = 0; i < STORED_LENGTH; i++) {
            char c = text.charAt(i);
            boolean expected = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                case 19 -> c == '.';
                case 23 -> c == 'Z';
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
