package io.tabien.registry.sync;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Births per second sent one request each, and sent in sync batches, by one client on the embedded database. A
 * measurement, not a test: it is not part of the suite (its name is not a test's) and asserts only that every birth
 * was accepted. Run it with {@code mvn -pl registry-app -am verify -Dtest=SyncThroughputBench
 * -Dsurefire.failIfNoSpecifiedTests=false}; it prints its figures.
 */
class SyncThroughputBench extends IntegrationTest {

    private static final int BIRTHS = 100;
    private static final int ROUNDS = 5;

    @Test
    void birthsPerSecondAloneAndInBatches() {
        Api registrar = user("REGISTRAR", "LA-XE");
        singles(registrar);
        batch(registrar, BIRTHS);
        List<String> lines = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            double alone = singles(registrar);
            double batched = batch(registrar, BIRTHS);
            double large = batch(registrar, Sync.MAX_ENTRIES);
            lines.add("round %d: %d births alone %.0f/s, in a batch of %d %.0f/s, in a batch of %d %.0f/s (%.1f x)"
                    .formatted(round, BIRTHS, alone, BIRTHS, batched, Sync.MAX_ENTRIES, large, batched / alone));
        }
        lines.forEach(System.out::println);
    }

    private static double singles(Api registrar) {
        long start = System.nanoTime();
        for (int i = 0; i < BIRTHS; i++) {
            Api.Response response = registrar.post("/api/births", SyncHttpTest.birthBody("2026-01-14", "LA-XE", "1501"),
                    "Idempotency-Key", SyncHttpTest.key());
            assertThat(response.status()).isEqualTo(201);
        }
        return BIRTHS / seconds(start);
    }

    private static double batch(Api registrar, int births) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < births; i++) {
            entries.add(SyncHttpTest.birth(SyncHttpTest.key(), "2026-01-14", "LA-XE", "1501"));
        }
        long start = System.nanoTime();
        Api.Response response = registrar.post("/api/sync", "{\"entries\": [" + String.join(",", entries) + "]}");
        double rate = births / seconds(start);
        assertThat(response.status()).isEqualTo(200);
        response.json().get("results").forEach(result -> assertThat(result.get("status").asInt()).isEqualTo(201));
        return rate;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
