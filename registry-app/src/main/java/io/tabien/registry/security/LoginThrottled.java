package io.tabien.registry.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A login refused unchecked, because its user name or its client address is locked for a while: 429. */
class LoginThrottled extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the lockout ends, rounded up, as {@code Retry-After} wants them. */
    long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
