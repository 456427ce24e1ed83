package io.tabien.registry.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Behind a reverse proxy that terminates TLS, a request arrives over plain HTTP; the proxy says in
 * {@code X-Forwarded-Proto} that the client used HTTPS. Only a proxy named in {@code tabien.security.trusted-proxies}
 * is believed (anyone else could write the header), and then the request counts as secure: Strict-Transport-Security
 * is sent, and the session cookie is marked Secure where {@code server.servlet.session.cookie.secure} asks for it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedProxyProtocol extends OncePerRequestFilter {

    private static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    private static final int HTTPS_PORT = 443;

    private final ClientAddresses clientAddresses;

    TrustedProxyProtocol(ClientAddresses clientAddresses) {
        this.clientAddresses = clientAddresses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.isSecure() && "https".equalsIgnoreCase(request.getHeader(FORWARDED_PROTO))
                && clientAddresses.fromTrustedProxy(request)) {
            chain.doFilter(new HttpsThroughProxy(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static final class HttpsThroughProxy extends HttpServletRequestWrapper {

        HttpsThroughProxy(HttpServletRequest request) {
            super(request);
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getScheme() {
            return "https";
        }

        @Override
        public int getServerPort() {
            return HTTPS_PORT;
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer("https://").append(getServerName()).append(getRequestURI());
        }
    }
}
