package io.tabien.contracts.civil;

import java.util.List;

/** @param next the cursor for the following page, or null on the last one */
public record PersonSearchPage(List<PersonSummary> results, String next) {
}
