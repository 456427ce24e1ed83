package io.tabien.registry.security;

import io.tabien.registry.platform.database.DatabaseOutage;
import io.tabien.registry.platform.errors.ProblemType;
import io.tabien.registry.web.ProblemHandler;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/** 401, 403 and 429 answered as problem+json, like every other refusal. */
final class ProblemResponses {

    private final JsonMapper json;
    private final boolean bearerTokens;

    /** @param bearerTokens whether the identity provider's tokens are taken beside passwords (single sign-on) */
    ProblemResponses(JsonMapper json, boolean bearerTokens) {
        this.json = json;
        this.bearerTokens = bearerTokens;
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
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"tabien\", charset=\"UTF-8\"");
            if (bearerTokens) {
                response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tabien\"");
            }
            write(response, ProblemHandler.problem(ProblemType.UNAUTHENTICATED, bearerTokens
                    ? "Send a user name and password with HTTP Basic authentication, or the identity provider's "
                    + "access token as a bearer token."
                    : "Send a user name and password with HTTP Basic authentication."));
        };
    }

    /**
     * A bearer token that was sent and refused: 401 when the token itself is not valid here (expired, signed by
     * another key, from another issuer, for another audience), 403 when it is, but names a user the registry does
     * not let in. Either way the detail says why, as the token's holder needs to know what to fix.
     */
    AuthenticationEntryPoint bearerRefused() {
        return (request, response, exception) -> {
            if (DatabaseOutage.causedBy(exception)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, ProblemHandler.RETRY_AFTER_SECONDS);
                write(response, ProblemHandler.databaseUnavailable());
                return;
            }
            if (exception instanceof IdentityProviderUnreachable unreachable) {
                response.setHeader(HttpHeaders.RETRY_AFTER, ProblemHandler.RETRY_AFTER_SECONDS);
                write(response, ProblemHandler.problem(ProblemType.IDENTITY_PROVIDER_UNAVAILABLE, unreachable.getMessage()));
                return;
            }
            if (exception instanceof SingleSignOnRefused refused) {
                write(response, ProblemHandler.problem(ProblemType.FORBIDDEN, refused.getMessage()));
                return;
            }
            String why = exception instanceof OAuth2AuthenticationException oauth
                    && oauth.getError().getDescription() != null
                    ? oauth.getError().getDescription() : exception.getMessage();
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tabien\", error=\"invalid_token\"");
            write(response, ProblemHandler.problem(ProblemType.UNAUTHENTICATED, "The bearer token was refused: "
                    + why));
        };
    }

    /**
     * A device token that was sent and refused, with the reason in words and as fields for the offline script, which
     * tells its user in their language why their entries wait.
     */
    AuthenticationEntryPoint deviceRefused() {
        return (request, response, exception) -> {
            if (!(exception instanceof DeviceRefused refused)) {
                unauthenticated().commence(request, response, exception);
                return;
            }
            ProblemDetail problem = ProblemHandler.problem(ProblemType.DEVICE_REFUSED, refused.getMessage());
            problem.setProperty("reason", refused.reason().code());
            if (refused.device() != null) {
                problem.setProperty("device", refused.device().name());
                if (refused.device().revoked()) {
                    problem.setProperty("revokedBy", refused.device().revokedBy());
                    problem.setProperty("revokedAt", refused.device().revokedAt().toString());
                }
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tabien\", error=\"invalid_token\"");
            write(response, problem);
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
