package io.tabien.registry.security;

import org.springframework.security.core.AuthenticationException;

/** The identity provider's keys could not be read, so no bearer token can be checked: answered 503, not 500. */
class IdentityProviderUnreachable extends AuthenticationException {

    IdentityProviderUnreachable(Throwable cause) {
        super("The identity provider could not be reached to check the bearer token; try again shortly, "
                + "or use your registry password.", cause);
    }
}
