package io.tabien.contracts.flags;

/**
 * Flags by category, rule and province; {@code open} null means open and cleared alike.
 *
 * @param jurisdiction the office whose flags the asker may see, or null for national readers
 */
public record FindFlags(String category, String rule, String province, Boolean open, int limit,
                        String jurisdiction) {
}
