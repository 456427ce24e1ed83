package io.tabien.registry.platform.metrics;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ScrapeReadingTest {

    @Test
    void gaugesOfOneScrapeShareOneReading() {
        AtomicInteger reads = new AtomicInteger();
        ScrapeReading<Integer> reading = new ScrapeReading<>(() -> reads.incrementAndGet() * 10);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        reading.gauge(registry, "first", "", Tags.empty(), value -> value);
        reading.gauge(registry, "second", "", Tags.empty(), value -> value + 1);

        assertThat(registry.get("first").gauge().value()).isEqualTo(10);
        assertThat(registry.get("second").gauge().value()).isEqualTo(11);
        assertThat(reads).hasValue(1);
    }

    @Test
    void anUnreachableDatabaseAnswersNotANumberInsteadOfFailingTheScrape() {
        AtomicInteger reads = new AtomicInteger();
        ScrapeReading<Integer> reading = new ScrapeReading<>(() -> {
            reads.incrementAndGet();
            throw new CannotGetJdbcConnectionException("the database is down");
        });
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        reading.gauge(registry, "first", "", Tags.empty(), value -> value);
        reading.gauge(registry, "second", "", Tags.empty(), value -> value);

        assertThat(registry.get("first").gauge().value()).isNaN();
        assertThat(registry.get("second").gauge().value()).isNaN();
        assertThat(reads).as("tried once for the scrape, not once per gauge").hasValue(1);
    }
}
