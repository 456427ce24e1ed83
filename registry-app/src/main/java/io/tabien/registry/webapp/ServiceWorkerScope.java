package io.tabien.registry.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The service worker is a script like the others, under {@code /js/}, and public like them; this header lets it
 * answer for every page of the site rather than only for those under {@code /js/}.
 */
@Component
class ServiceWorkerScope extends OncePerRequestFilter {

    static final String SCRIPT = "/js/sw.js";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SCRIPT.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Service-Worker-Allowed", "/");
        chain.doFilter(request, response);
    }
}
