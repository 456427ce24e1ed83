package io.tabien.registry.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How failed logins are throttled (see {@link FailedLogins}).
 *
 * @param lockoutAfterFailuresPerUser    failures in a row after which a user name is locked
 * @param lockoutAfterFailuresPerAddress failures from one client address after which it is locked; higher, since an
 *                                       office may reach the registry through one address, and not reset by a
 *                                       success, since one account of one's own would otherwise reset it
 * @param firstLockout                   the first lockout; each further failure doubles it
 * @param maxLockout                     the longest lockout
 * @param forgetFailuresAfter            a name or address with no failure for this long starts again from nothing
 * @param maxTracked                     the most user names, and the most addresses, held in memory
 */
@ConfigurationProperties("tabien.security.login")
record LoginThrottleProperties(
        @DefaultValue("5") int lockoutAfterFailuresPerUser,
        @DefaultValue("50") int lockoutAfterFailuresPerAddress,
        @DefaultValue("PT1M") Duration firstLockout,
        @DefaultValue("PT15M") Duration maxLockout,
        @DefaultValue("PT1H") Duration forgetFailuresAfter,
        @DefaultValue("10000") int maxTracked) {

    FailedLogins.Policy perUser() {
        return new FailedLogins.Policy(lockoutAfterFailuresPerUser, firstLockout, maxLockout, forgetFailuresAfter,
                maxTracked);
    }

    FailedLogins.Policy perAddress() {
        return new FailedLogins.Policy(lockoutAfterFailuresPerAddress, firstLockout, maxLockout, forgetFailuresAfter,
                maxTracked);
    }
}
