package io.tabien.registry.flags;

import java.util.Optional;
import java.util.UUID;

/** Which two births a CIV-POSSIBLE-DUPLICATE flag links, for a registrar who reviews them side by side. */
public interface DuplicateBirthPairs {

    /** The pair the flag links, in the order of registration, open or reviewed; empty if there is no such flag. */
    Optional<DuplicateBirthFlags.FlaggedPair> pairOf(UUID flagId);
}
