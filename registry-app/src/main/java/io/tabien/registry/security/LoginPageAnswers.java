package io.tabien.registry.security;

import io.tabien.registry.platform.database.DatabaseOutage;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a refused form login goes: back to the login page, saying whether the name or password was wrong, how long a
 * throttled login must wait (the API's 429 and {@code Retry-After}, told in words), or that the database could not
 * be reached, or why a login with the identity provider was refused. Which of the name and the address is locked is
 * not said.
 */
final class LoginPageAnswers {

    private LoginPageAnswers() {
    }

    static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            String query;
            if (exception instanceof LoginThrottled throttled) {
                query = "?wait=" + throttled.retryAfterSeconds();
            } else if (DatabaseOutage.causedBy(exception)) {
                query = "?unavailable";
            } else if (exception instanceof SingleSignOnRefused refused) {
                query = "?sso=" + refused.reason().code();
            } else if (exception instanceof OAuth2AuthenticationException) {
                query = "?sso=" + SingleSignOnRefused.Reason.FAILED.code();
            } else {
                query = "?error";
            }
            response.sendRedirect(request.getContextPath() + "/login" + query);
        };
    }
}
