package io.tabien.registry.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The door of {@link SecurityConfiguration}'s device chain: a sync that carries a device token
 * ({@code Authorization: Bearer tabien-device.…}) is its device's user's, or is refused with the reason, whatever
 * session cookie came with it. The chain is chosen by the token's prefix, so a request without one, or with an
 * identity provider's token, meets the other chains as before.
 */
final class DeviceTokenAuthentication extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    /** The two doors of one sync service: the web app's and the API's. */
    static final RequestMatcher SYNCS_WITH_A_DEVICE_TOKEN = request -> token(request) != null
            && new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/sync"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/sync")).matches(request);

    private final Devices devices;
    private final AuthenticationEntryPoint refused;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    DeviceTokenAuthentication(Devices devices, AuthenticationEntryPoint refused) {
        this.devices = devices;
        this.refused = refused;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UserAccount account;
        try {
            account = authenticate(token(request));
        } catch (AuthenticationException refusal) {
            holder.clearContext();
            refused.commence(request, response, refusal);
            return;
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(account.asAuthentication());
        holder.setContext(context);
        chain.doFilter(request, response);
    }

    private UserAccount authenticate(String token) {
        try {
            return devices.authenticate(token);
        } catch (DataAccessException unreachable) {
            throw new InternalAuthenticationServiceException("The device table could not be read", unreachable);
        }
    }

    /** The device token the request carries, or null: the scheme's name in any case, as RFC 9110 allows. */
    private static String token(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.startsWith(Devices.TOKEN_PREFIX) ? token : null;
    }
}
