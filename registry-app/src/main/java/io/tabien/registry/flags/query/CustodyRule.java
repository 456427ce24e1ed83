package io.tabien.registry.flags.query;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A withheld-document rule. Whether a custody episode is a flag depends on how long it has lasted, so it is judged
 * when flags are read, against a given day, and never stored: a replay cannot change the answer.
 */
interface CustodyRule {

    String code();

    /** The flag as it stands at the end of {@code asOf}, if the rule holds by then. */
    Optional<RaisedFlag> evaluate(CustodyEpisode episode, LocalDate asOf, ZoneId zone);
}
