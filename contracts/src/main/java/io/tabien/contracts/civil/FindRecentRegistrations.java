package io.tabien.contracts.civil;

/**
 * The births registered last among the persons a reader may see, newest first.
 *
 * @param jurisdiction see {@link FindPerson}
 */
public record FindRecentRegistrations(String jurisdiction, int limit) {
}
