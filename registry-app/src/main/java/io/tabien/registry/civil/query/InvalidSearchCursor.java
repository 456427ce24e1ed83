package io.tabien.registry.civil.query;

import io.tabien.registry.platform.errors.InvalidValues;

import java.util.List;

/** An {@code after} that no search gave out: a malformed parameter (400), not a broken domain rule. */
public class InvalidSearchCursor extends InvalidValues {

    InvalidSearchCursor() {
        super(List.of(new Problem("after", "must be the next cursor of an earlier page of this search; "
                + "start again without it")));
    }
}
