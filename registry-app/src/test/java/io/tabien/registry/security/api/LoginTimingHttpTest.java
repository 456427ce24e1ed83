package io.tabien.registry.security.api;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused login takes as long for a user name that does not exist as for one that does, so that timing does not
 * tell which names exist. Judged on medians of several tries each, within a factor of three: a password hash check
 * takes tens of milliseconds, and skipping it (the flaw) makes the unknown name ten times faster, while the noise of
 * a busy machine moves both alike.
 */
class LoginTimingHttpTest extends IntegrationTest {

    private static final int TRIES = 9;
    private static final String ANY_READ = "/api/reference/provinces";

    @Test
    void anUnknownUserNameIsRefusedInTheTimeOfAKnownOne() {
        String username = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["AUDITOR"]}""".formatted(username, PASSWORD)).status())
                .isEqualTo(201);
        refusalTime(username, LoginThrottleHttpTest.address());
        refusalTime("nobody-" + UUID.randomUUID(), LoginThrottleHttpTest.address());

        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            String from = LoginThrottleHttpTest.address();
            known.add(refusalTime(username, from));
            unknown.add(refusalTime("nobody-" + UUID.randomUUID(), from));
            // A right password forgets the name's failures, so that the tries never lock it.
            assertThat(api.as(username, PASSWORD).get(ANY_READ, "X-Forwarded-For", from).status()).isEqualTo(200);
        }

        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        assertThat(unknownMedian).as("median nanoseconds of unknown %s vs known %s", unknown, known)
                .isBetween(knownMedian / 3, knownMedian * 3);
    }

    private long refusalTime(String username, String from) {
        long start = System.nanoTime();
        Api.Response refused = api.as(username, "not-" + PASSWORD).get(ANY_READ, "X-Forwarded-For", from);
        long elapsed = System.nanoTime() - start;
        assertThat(refused.status()).isEqualTo(401);
        return elapsed;
    }

    private static long median(List<Long> times) {
        return times.stream().sorted().toList().get(times.size() / 2);
    }
}
