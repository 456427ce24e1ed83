package io.tabien.registry.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Slows down password guessing: failed logins are counted per user name and per client address, and a locked name
 * or address is refused (429) without its password being checked. A successful login forgets its user name's
 * failures, never its address's. Counts live in this node's memory: with several registry nodes, each counts the
 * attempts it answers.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** Longer names cannot be accounts (see {@link UserAccount}), so they need no protection, only the address's. */
    private static final int LONGEST_USER_NAME = 100;

    private final FailedLogins byUser;
    private final FailedLogins byAddress;
    private final Clock clock;

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.byUser = new FailedLogins(properties.perUser());
        this.byAddress = new FailedLogins(properties.perAddress());
        this.clock = clock;
    }

    /** @throws LoginThrottled if the user name or the address is locked */
    void mustNotBeLocked(String username, ClientAddress address) {
        Instant now = clock.instant();
        Optional<Instant> user = isTracked(username) ? byUser.lockedUntil(username, now) : Optional.empty();
        Optional<Instant> client = address.isKnown() ? byAddress.lockedUntil(address.value(), now) : Optional.empty();
        Optional<Instant> until = Stream.of(user, client).flatMap(Optional::stream).max(Comparator.naturalOrder());
        if (until.isPresent()) {
            throw new LoginThrottled(Duration.between(now, until.get()));
        }
    }

    void failed(String username, ClientAddress address) {
        Instant now = clock.instant();
        if (isTracked(username)) {
            byUser.failed(username, now).ifPresent(until ->
                    log.warn("A user name is locked until {} after repeated failed logins.", until));
        }
        if (address.isKnown()) {
            byAddress.failed(address.value(), now).ifPresent(until ->
                    log.warn("A client address is locked until {} after repeated failed logins.", until));
        }
    }

    void succeeded(String username) {
        byUser.forget(username);
    }

    void unlock(String username) {
        byUser.forget(username);
    }

    /** The user names locked now, with the end of their lockouts. */
    Map<String, Instant> lockedUsers() {
        return byUser.locked(clock.instant());
    }

    private static boolean isTracked(String username) {
        return username.length() <= LONGEST_USER_NAME;
    }
}
