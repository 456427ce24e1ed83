package io.tabien.registry.platform.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresDistributionTest {

    @Test
    void registriesStartingTogetherOnAFreshMachineShareOneUnpackedCopy(@TempDir Path cache) throws Exception {
        int registries = 3;
        CountDownLatch together = new CountDownLatch(registries);
        ExecutorService starting = Executors.newFixedThreadPool(registries);
        try {
            List<Future<Path>> unpacked = starting.invokeAll(IntStream.range(0, registries)
                    .mapToObj(n -> (Callable<Path>) () -> {
                        together.countDown();
                        together.await();
                        return PostgresDistribution.unpackedUnder(cache);
                    }).toList());

            Path home = unpacked.get(0).get();
            for (Future<Path> other : unpacked) {
                assertThat(other.get()).isEqualTo(home);
            }
            assertThat(home.resolve("bin/postgres")).isExecutable();
            try (Stream<Path> left = Files.list(cache)) {
                assertThat(left).as("no half-unpacked copy is left behind").containsExactly(home);
            }
        } finally {
            starting.shutdownNow();
        }
    }
}
