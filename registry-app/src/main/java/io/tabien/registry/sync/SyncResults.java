package io.tabien.registry.sync;

import java.util.List;

/** The answers to a batch's entries, in the order of the entries. */
public record SyncResults(List<SyncResult> results) {
}
