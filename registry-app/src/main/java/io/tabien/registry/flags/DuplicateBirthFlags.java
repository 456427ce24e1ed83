package io.tabien.registry.flags;

import io.tabien.contracts.civil.PersonId;

import java.util.Optional;

/**
 * What the civil registry may ask of the flags when a registrar reviews two births: whether an open
 * CIV-POSSIBLE-DUPLICATE flag links them, and which of the two was registered first.
 */
public interface DuplicateBirthFlags {

    record FlaggedPair(PersonId earlier, PersonId later) {
    }

    /** The pair an open flag links, in the order of registration; empty if no open flag links the two. */
    Optional<FlaggedPair> openBetween(PersonId one, PersonId other);
}
