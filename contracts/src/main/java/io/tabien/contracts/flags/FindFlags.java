package io.tabien.contracts.flags;

import java.time.LocalDate;

/**
 * Flags by category, rule and province; {@code open} null means open and cleared alike.
 *
 * @param readers whose flags the asker may see
 * @param asOf    the day time-dependent rules are judged on; null means today
 */
public record FindFlags(String category, String rule, String province, Boolean open, int limit,
                        FlagReaders readers, LocalDate asOf) {
}
