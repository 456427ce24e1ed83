package io.tabien.registry.security;

import io.tabien.registry.platform.database.DatabaseOutage;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a refused form login goes: back to the login page, saying whether the name or password was wrong, how long a
 * throttled login must wait (the API's 429 and {@code Retry-After}, told in words), or that the database could not
 * be reached. Which of the name and the address is locked is not said.
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
            } else {
                query = "?error";
            }
            response.sendRedirect(request.getContextPath() + "/login" + query);
        };
    }
}
