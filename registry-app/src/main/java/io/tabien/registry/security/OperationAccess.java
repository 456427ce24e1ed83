package io.tabien.registry.security;

import io.tabien.registry.platform.commands.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.FilterInvocation;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may call an operation, as {@link SecurityConfiguration} decides it: the rules are asked, for each role and for
 * a caller who has not logged in, about a request to the operation's path. The API description shows the answer,
 * so that it says what the rules say and nothing typed a second time.
 */
@Component
public class OperationAccess {

    /** Who may call: anyone, or users holding one of {@code roles} (every role: any user). */
    public record Callers(boolean anyone, Set<Role> roles) {

        public boolean anyUser() {
            return roles.size() == Role.values().length;
        }
    }

    private static final String SAMPLE_SEGMENT = "00000000-0000-0000-0000-000000000000";

    private final ObjectProvider<SecurityFilterChain> chains;

    OperationAccess(ObjectProvider<SecurityFilterChain> chains) {
        this.chains = chains;
    }

    /**
     * @param method      the HTTP method
     * @param pathPattern the path as the API description writes it, with {@code {variables}}
     */
    public Callers of(String method, String pathPattern) {
        String path = pathPattern.replaceAll("\\{[^}]+}", SAMPLE_SEGMENT);
        AuthorizationManager<HttpServletRequest> rules = rules(new Probe(method, path));
        boolean anyone = granted(rules, new AnonymousAuthenticationToken("operation-access", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")), method, path);
        Set<Role> roles = new TreeSet<>();
        for (Role role : Role.values()) {
            if (granted(rules, UsernamePasswordAuthenticationToken.authenticated("operation-access", null,
                    AuthorityUtils.createAuthorityList(role.authority())), method, path)) {
                roles.add(role);
            }
        }
        return new Callers(anyone, Set.copyOf(roles));
    }

    /** The rules of the chain a request to the operation meets: the first that matches it, as the filter chain picks. */
    private AuthorizationManager<HttpServletRequest> rules(HttpServletRequest request) {
        return chains.orderedStream()
                .filter(chain -> chain.matches(request))
                .findFirst().stream()
                .flatMap(chain -> chain.getFilters().stream())
                .filter(AuthorizationFilter.class::isInstance)
                .map(filter -> ((AuthorizationFilter) filter).getAuthorizationManager())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No authorization rules are configured"));
    }

    private static boolean granted(AuthorizationManager<HttpServletRequest> rules, Authentication caller,
                                   String method, String path) {
        AuthorizationResult result = rules.authorize(() -> caller, new Probe(method, path));
        return result != null && result.isGranted();
    }

    /** A request that is never sent: only its method and path are read, and attributes the matchers cache. */
    private static final class Probe extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        Probe(String method, String path) {
            super(new FilterInvocation(null, path, method).getRequest());
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(List.copyOf(attributes.keySet()));
        }
    }
}
