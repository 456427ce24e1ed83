package io.tabien.registry.platform.errors;

import java.util.UUID;

/**
 * A change based on a version of a record that is no longer its current one (an offline edit, or another user's
 * change in between): 409, with both versions and the record as it is now, so that the user decides again.
 */
@Refusal(rule = "RecordChangedSince", description = "The change was based on a version of the record (If-Match, or "
        + "expectedVersion in a sync entry) that is no longer its current one; 'current' holds the record as it is "
        + "now.")
public class RecordChangedSince extends Conflict {

    private final String record;
    private final UUID recordId;
    private final long expectedVersion;
    private final long currentVersion;

    /**
     * @param record the kind of record, as {@link CurrentRecordReader}s know it ({@code person}, {@code family book})
     */
    public RecordChangedSince(String record, UUID recordId, long expectedVersion, long currentVersion) {
        super("The " + record + " was changed since version " + expectedVersion + " and is now at version "
                + currentVersion + "; read it again and decide whether the change still applies.");
        this.record = record;
        this.recordId = recordId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    /**
     * Refuses a change based on another version than {@code currentVersion}; a change based on no version in
     * particular passes.
     */
    public static void unlessAt(Long expectedVersion, long currentVersion, String record, UUID recordId) {
        if (expectedVersion != null && expectedVersion != currentVersion) {
            throw new RecordChangedSince(record, recordId, expectedVersion, currentVersion);
        }
    }

    public String record() {
        return record;
    }

    public UUID recordId() {
        return recordId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
