package io.tabien.registry.platform.errors;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads a record as its {@code GET} shows it to the current user, for the answer that refuses a change based on an
 * older version of it ({@link RecordChangedSince}). Each feature reads its own kinds of record.
 */
public interface CurrentRecordReader {

    /** Whether this reader knows the kind of record, as {@link RecordChangedSince#record()} names it. */
    boolean reads(String record);

    /** The record as the current user may see it now; empty if they may not see it. */
    Optional<Object> current(String record, UUID recordId);
}
