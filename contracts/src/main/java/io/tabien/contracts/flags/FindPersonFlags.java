package io.tabien.contracts.flags;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's flags, open and cleared, of those the asker may see.
 *
 * @param asOf the day time-dependent rules are judged on; null means today
 */
public record FindPersonFlags(UUID personId, FlagReaders readers, LocalDate asOf) {
}
