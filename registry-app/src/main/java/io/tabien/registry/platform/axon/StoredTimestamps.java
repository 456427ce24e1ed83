package io.tabien.registry.platform.axon;

import io.tabien.registry.platform.time.InstantText;
import org.axonframework.common.DateTimeUtils;

import java.time.Instant;

/**
 * The moment of a stored event, read from the text the event store keeps. The store writes every moment in one form,
 * UTC with three digits of milliseconds ({@code 2026-11-29T10:15:30.123Z}), which {@link InstantText} reads by
 * position at a fraction of a general parse's cost. Any other text (an offset) is parsed as Axon parses it.
 */
final class StoredTimestamps {

    private StoredTimestamps() {
    }

    static Instant parse(String stored) {
        Instant read = InstantText.ofUtcText(stored);
        return read != null ? read : DateTimeUtils.parseInstant(stored);
    }
}
