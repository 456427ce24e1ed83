package io.tabien.registry.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.dao.DataAccessException;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * One reading of the database that several gauges share: taken when the first of them is scraped and reused by the
 * others for a second, so that a scrape costs one query per reading, not one per gauge. While the database cannot be
 * read the reading is empty and its gauges answer NaN, without failing the scrape; a failed reading is not tried
 * again within the second either, so a scrape during an outage waits for the connection timeout once per reading.
 *
 * @param <T> what is read
 */
public final class ScrapeReading<T> {

    private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();

    private final Supplier<T> read;
    private Optional<T> last = Optional.empty();
    private long takenAt;
    private boolean taken;

    public ScrapeReading(Supplier<T> read) {
        this.read = read;
    }

    /** The reading, taken now unless it was taken within the last second; empty while it cannot be taken. */
    public synchronized Optional<T> get() {
        long now = System.nanoTime();
        if (!taken || now - takenAt > FRESH_NANOS) {
            try {
                last = Optional.ofNullable(read.get());
            } catch (DataAccessException unreadable) {
                last = Optional.empty();
            }
            takenAt = now;
            taken = true;
        }
        return last;
    }

    /** Registers a gauge answering {@code value} of this reading, NaN while there is none. */
    public void gauge(MeterRegistry registry, String name, String description, Tags tags, ToDoubleFunction<T> value) {
        Gauge.builder(name, this, reading -> reading.get().map(value::applyAsDouble).orElse(Double.NaN))
                .description(description)
                .tags(tags)
                .strongReference(true)
                .register(registry);
    }
}
