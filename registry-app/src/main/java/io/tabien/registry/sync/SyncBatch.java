package io.tabien.registry.sync;

import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * Writes captured on a client, sent together: 1 to {@value Sync#MAX_ENTRIES} entries. Each is read on its own (see
 * {@link SyncEntry}), so that a malformed entry is refused alone.
 */
public record SyncBatch(List<JsonNode> entries) {
}
