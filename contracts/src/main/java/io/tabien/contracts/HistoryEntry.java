package io.tabien.contracts;

import java.time.Instant;

/**
 * One recorded change, as a registrar or auditor reads it: what happened, to what, when and by whom.
 *
 * @param globalIndex the event's position in the event store
 * @param event       the event's name, such as {@code FamilyMemberAdded}
 * @param summary     one sentence without personal data beyond ids
 * @param recordedAt  when the fact was captured on the client
 * @param storedAt    when the registry stored it
 * @param causedBy    the command or event that caused it
 */
public record HistoryEntry(
        long globalIndex,
        String event,
        String summary,
        String actor,
        String role,
        String office,
        Instant recordedAt,
        Instant storedAt,
        String causedBy) {
}
