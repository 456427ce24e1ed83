package io.tabien.registry.web;

import java.util.UUID;

/** The body of an answer to an accepted command: the id of the record it created or changed. */
public record RecordId(UUID id) {
}
