package io.tabien.registry.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Puts the {@link LoginThrottle} in front of the password check: a locked user name or address is refused before
 * its password is looked at, a wrong password counts against both, and a right one forgets the name's failures.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        ClientAddress address = attempt.getDetails() instanceof ClientAddress known ? known : ClientAddress.UNKNOWN;
        throttle.mustNotBeLocked(username, address);
        Authentication authenticated;
        try {
            authenticated = passwordCheck.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
        throttle.succeeded(username);
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
