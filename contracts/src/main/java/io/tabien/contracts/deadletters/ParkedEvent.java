package io.tabien.contracts.deadletters;

/**
 * An event a processing group could not handle and set aside, named by its identity in the event store only.
 *
 * @param eventIdentifier the event's identifier
 * @param globalIndex     its position in the event store
 * @param eventType       its name, such as {@code BirthRegistered}
 */
public record ParkedEvent(String eventIdentifier, long globalIndex, String eventType) {
}
