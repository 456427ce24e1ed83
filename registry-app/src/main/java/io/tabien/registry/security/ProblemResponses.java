package io.tabien.registry.security;

import io.tabien.registry.platform.database.DatabaseOutage;
import io.tabien.registry.platform.errors.ProblemType;
import io.tabien.registry.web.ProblemHandler;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/** 401, 403 and 429 answered as problem+json, like every other refusal. */
final class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            if (DatabaseOutage.causedBy(exception)) {
                // The user's credentials could not be checked, which says nothing about them.
                response.setHeader(HttpHeaders.RETRY_AFTER, ProblemHandler.RETRY_AFTER_SECONDS);
                write(response, ProblemHandler.databaseUnavailable());
                return;
            }
            if (exception instanceof LoginThrottled throttled) {
                // Which of the name and the address is locked is not said: the answer is the same for both.
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
                write(response, ProblemHandler.problem(ProblemType.TOO_MANY_FAILED_LOGINS,
                        "Logins with this user name or from this address failed too often; try again in "
                                + throttled.retryAfterSeconds() + " seconds, or ask an administrator to unlock the "
                                + "account."));
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"tabien\", charset=\"UTF-8\"");
            write(response, ProblemHandler.problem(ProblemType.UNAUTHENTICATED,
                    "Send a user name and password with HTTP Basic authentication."));
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                write(response, ProblemHandler.problem(ProblemType.FORBIDDEN,
                        "Your role does not allow this operation."));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
