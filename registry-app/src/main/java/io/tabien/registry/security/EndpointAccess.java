package io.tabien.registry.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * Whether the current user may call an endpoint, decided by the same table a request to it meets
 * ({@code SecurityConfiguration}): for writes that reach the registry inside another request, as the entries of a
 * sync batch do. Jurisdiction is then checked where it always is, by the record's policy.
 */
@Component
public class EndpointAccess {

    private final WebInvocationPrivilegeEvaluator privileges;

    EndpointAccess(WebInvocationPrivilegeEvaluator privileges) {
        this.privileges = privileges;
    }

    /** Whether the current user may {@code POST} to the path ({@code /api/persons/{id}/death}, the id filled in). */
    public boolean mayPost(String path) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.isAuthenticated() && privileges.isAllowed("", path, "POST", user);
    }
}
