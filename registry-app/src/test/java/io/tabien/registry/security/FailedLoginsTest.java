package io.tabien.registry.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FailedLoginsTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    private final FailedLogins failures = new FailedLogins(new FailedLogins.Policy(5, Duration.ofMinutes(1),
            Duration.ofMinutes(15), Duration.ofHours(1), 100));

    @Test
    void fourFailuresLockNothingAndTheFifthLocksForTheFirstLockout() {
        for (int i = 0; i < 4; i++) {
            assertThat(failures.failed("noy", T0)).isEmpty();
        }
        assertThat(failures.lockedUntil("noy", T0)).isEmpty();

        assertThat(failures.failed("noy", T0)).contains(T0.plusSeconds(60));
        assertThat(failures.lockedUntil("noy", T0.plusSeconds(59))).contains(T0.plusSeconds(60));
        assertThat(failures.lockedUntil("noy", T0.plusSeconds(60))).isEmpty();
        assertThat(failures.lockedUntil("somebody-else", T0)).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheLockoutUpToTheLongest() {
        Instant now = T0;
        for (int i = 0; i < 4; i++) {
            failures.failed("noy", now);
        }
        for (long minutes : new long[]{1, 2, 4, 8, 15, 15}) {
            Instant until = failures.failed("noy", now).orElseThrow();
            assertThat(Duration.between(now, until)).isEqualTo(Duration.ofMinutes(minutes));
            now = until;
        }
    }

    @Test
    void failuresAreForgottenAfterAQuietHour() {
        for (int i = 0; i < 4; i++) {
            failures.failed("noy", T0);
        }

        assertThat(failures.failed("noy", T0.plus(Duration.ofMinutes(59)))).isPresent();
        Instant muchLater = T0.plus(Duration.ofMinutes(59)).plus(Duration.ofHours(1));
        assertThat(failures.failed("noy", muchLater)).isEmpty();
    }

    @Test
    void forgettingAKeyLiftsItsLockAndItsCount() {
        for (int i = 0; i < 5; i++) {
            failures.failed("noy", T0);
        }

        failures.forget("noy");

        assertThat(failures.lockedUntil("noy", T0)).isEmpty();
        assertThat(failures.failed("noy", T0)).isEmpty();
    }

    @Test
    void lockedKeysAreListedWithTheEndOfTheirLockout() {
        for (int i = 0; i < 5; i++) {
            failures.failed("noy", T0);
        }
        failures.failed("bounmy", T0);

        assertThat(failures.locked(T0)).containsOnlyKeys("noy").containsEntry("noy", T0.plusSeconds(60));
        assertThat(failures.locked(T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void sprayingMadeUpNamesNeverGrowsTheTableBeyondItsCapacity() {
        for (int i = 0; i < 5; i++) {
            failures.failed("noy", T0.plusSeconds(10_000));
        }

        for (int i = 0; i < 10_000; i++) {
            failures.failed("made-up-" + i, T0.plusMillis(i));
            assertThat(failures.size()).isLessThanOrEqualTo(100);
        }

        // The most recent failures are kept, so a name under attack stays locked.
        assertThat(failures.lockedUntil("noy", T0.plusSeconds(10_000))).isPresent();
    }
}
