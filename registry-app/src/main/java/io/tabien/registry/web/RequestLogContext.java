package io.tabien.registry.web;

import io.tabien.registry.security.UserAccount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.util.UUID;

/**
 * What every log line written while a request is handled carries: its correlation id (the client's
 * {@code X-Correlation-Id}, or one made here, the same the events of the request carry and the answer names), and the
 * user name and office of the caller once authenticated. Never the path or the query, which may hold a person's id
 * or name: a request's own line names the route ({@code /api/persons/{id}}), its status and its time.
 */
@Component
class RequestLogContext extends OncePerRequestFilter {

    /** The request attribute holding the correlation id, for the commands the request sends. */
    static final String CORRELATION_ATTRIBUTE = RequestLogContext.class.getName() + ".correlationId";
    static final String CORRELATION_ID = "correlationId";
    static final String ACTOR = "actor";
    static final String OFFICE = "office";

    private static final Logger log = LoggerFactory.getLogger(RequestLogContext.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(Commands.CORRELATION_ID);
        String correlationId = Commands.isKey(given) ? given : UUID.randomUUID().toString();
        request.setAttribute(CORRELATION_ATTRIBUTE, correlationId);
        response.setHeader(Commands.CORRELATION_ID, correlationId);
        long started = System.nanoTime();
        MDC.put(CORRELATION_ID, correlationId);
        try {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof UserAccount account) {
                MDC.put(ACTOR, account.username());
                if (account.office() != null) {
                    MDC.put(OFFICE, account.office());
                }
            }
            chain.doFilter(request, response);
        } finally {
            if (log.isDebugEnabled()) {
                Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                log.debug("{} {} answered {} in {} ms", request.getMethod(), route == null ? "(no route)" : route,
                        response.getStatus(), (System.nanoTime() - started) / 1_000_000);
            }
            MDC.remove(CORRELATION_ID);
            MDC.remove(ACTOR);
            MDC.remove(OFFICE);
        }
    }
}
