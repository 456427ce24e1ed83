package io.tabien.registry.civil.api;

import java.util.UUID;

/** The answer to a change of an existing record: which record changed. */
record Recorded(UUID id) {
}
