package io.tabien.registry.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Failed logins counted by one key (a user name, or a client address), with lockouts that double: after
 * {@code lockoutAfter} failures in a row the key is locked for {@code firstLockout}, and every further failure locks
 * it twice as long as the one before, up to {@code maxLockout}. A key with no failure for {@code forgetAfter} starts
 * again from nothing.
 * <p>
 * The table holds at most {@code capacity} keys, so that someone who sprays made-up user names or addresses cannot
 * grow it without limit: when it is full, keys whose failures are forgotten go first, then those that failed least
 * recently. Reading it takes no lock, since every request asks it.
 */
final class FailedLogins {

    record Policy(int lockoutAfter, Duration firstLockout, Duration maxLockout, Duration forgetAfter, int capacity) {

        Policy {
            if (lockoutAfter < 1 || capacity < 1) {
                throw new IllegalArgumentException("at least one failure before a lockout, and room for one key");
            }
            if (firstLockout.isNegative() || firstLockout.isZero() || maxLockout.compareTo(firstLockout) < 0) {
                throw new IllegalArgumentException("the first lockout must be positive and at most the longest");
            }
            if (forgetAfter.compareTo(maxLockout) <= 0) {
                throw new IllegalArgumentException("failures must be remembered for longer than the longest lockout");
            }
        }

        /** The lockout that the given failure in a row earns, if any. */
        Optional<Duration> lockoutAfterFailure(int failures) {
            if (failures < lockoutAfter) {
                return Optional.empty();
            }
            int doublings = Math.min(failures - lockoutAfter, 30);
            Duration lockout = firstLockout.multipliedBy(1L << doublings);
            return Optional.of(lockout.compareTo(maxLockout) > 0 ? maxLockout : lockout);
        }
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {

        boolean forgottenAt(Instant now, Duration forgetAfter) {
            return !last.plus(forgetAfter).isAfter(now) && !lockedUntil.isAfter(now);
        }
    }

    private final Policy policy;
    private final Map<String, Failures> byKey = new ConcurrentHashMap<>();
    private final Object eviction = new Object();

    FailedLogins(Policy policy) {
        this.policy = policy;
    }

    /** When the key's lockout ends, if it is locked at {@code now}. */
    Optional<Instant> lockedUntil(String key, Instant now) {
        Failures failures = byKey.get(key);
        return failures != null && failures.lockedUntil().isAfter(now) ? Optional.of(failures.lockedUntil()) : Optional.empty();
    }

    /** Counts a failure; answers the end of the lockout it earned, if it earned one. */
    Optional<Instant> failed(String key, Instant now) {
        Failures counted = byKey.compute(key, (k, before) -> {
            int count = before == null || before.forgottenAt(now, policy.forgetAfter()) ? 1 : before.count() + 1;
            Instant lockedUntil = policy.lockoutAfterFailure(count).map(now::plus).orElse(now);
            return new Failures(count, now, lockedUntil);
        });
        if (byKey.size() > policy.capacity()) {
            makeRoom(now);
        }
        return counted.lockedUntil().isAfter(now) ? Optional.of(counted.lockedUntil()) : Optional.empty();
    }

    /** Forgets the key's failures, as after a successful login or when an administrator unlocks it. */
    void forget(String key) {
        byKey.remove(key);
    }

    /** The keys locked at {@code now}, with the end of their lockouts. */
    Map<String, Instant> locked(Instant now) {
        return byKey.entrySet().stream()
                .filter(entry -> entry.getValue().lockedUntil().isAfter(now))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> entry.getValue().lockedUntil()));
    }

    int size() {
        return byKey.size();
    }

    /** Shrinks the table to nine tenths of its capacity, so that a flood does not sort it on every failure. */
    private void makeRoom(Instant now) {
        synchronized (eviction) {
            if (byKey.size() <= policy.capacity()) {
                return;
            }
            byKey.values().removeIf(failures -> failures.forgottenAt(now, policy.forgetAfter()));
            int target = Math.max(1, policy.capacity() - policy.capacity() / 10);
            int excess = byKey.size() - target;
            if (excess > 0) {
                byKey.entrySet().stream()
                        .sorted(Comparator.comparing(entry -> entry.getValue().last()))
                        .limit(excess)
                        .map(Map.Entry::getKey)
                        .toList()
                        .forEach(byKey::remove);
            }
        }
    }
}
