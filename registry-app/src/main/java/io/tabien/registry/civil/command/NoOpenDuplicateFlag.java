package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

/** Only two births an open CIV-POSSIBLE-DUPLICATE flag links are reviewed as possibly the same person. */
@Refusal(rule = "NoOpenDuplicateFlag", description = "A duplicate review names two births that no open "
        + "CIV-POSSIBLE-DUPLICATE flag links (or a pair already reviewed).")
public class NoOpenDuplicateFlag extends RuleViolation {

    NoOpenDuplicateFlag() {
        super("otherPersonId", "No open CIV-POSSIBLE-DUPLICATE flag links these two births; only a flagged pair is "
                + "reviewed, once.");
    }
}
