package io.tabien.registry.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts what refuses the entries of an offline outbox, as {@code tabien.outbox.refusals} by reason: its device
 * token ({@code device-unknown}, {@code device-revoked}, {@code device-disabled}: nothing of the batch was recorded),
 * or one entry's rule ({@code IdempotencyKeyReused}, {@code RecordChangedSince}: a key sent again with another
 * entry, an edit of a record changed since it was read). The reasons are the code's, never a request's.
 */
@Component
public class OutboxRefusals {

    private final MeterRegistry registry;

    OutboxRefusals(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(String reason) {
        Counter.builder("tabien.outbox.refusals")
                .description("Refusals of an offline outbox's device token or entries, by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
