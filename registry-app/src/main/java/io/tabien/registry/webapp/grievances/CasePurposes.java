package io.tabien.registry.webapp.grievances;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Why a reader opened a case file, kept in their session for that case only and for a few minutes
 * ({@code tabien.grievances.purpose-kept}, ten by default): the attaché's forms redirect back to the case, and asking
 * again after each would teach them to type anything. The purpose is sent once, in a form's body, so it stays out of
 * addresses, browser history and Referer headers, where a query parameter would leave it. It is held with the user
 * who gave it, because a login in the same browser keeps the session's attributes.
 */
@Component
class CasePurposes {

    private static final String ATTRIBUTE = CasePurposes.class.getName();

    private record Given(String username, String purpose, Instant until) implements Serializable {
    }

    private final Clock clock;
    private final Duration kept;

    CasePurposes(Clock clock, @Value("${tabien.grievances.purpose-kept:PT10M}") Duration kept) {
        this.clock = clock;
        this.kept = kept;
    }

    void give(HttpSession session, String username, UUID grievance, String purpose) {
        given(session).put(grievance, new Given(username, purpose, clock.instant().plus(kept)));
    }

    /** The purpose this user gave for the case, while it holds. */
    Optional<String> current(HttpSession session, String username, UUID grievance) {
        Map<UUID, Given> given = given(session);
        Instant now = clock.instant();
        given.values().removeIf(purpose -> !purpose.until().isAfter(now));
        return Optional.ofNullable(given.get(grievance)).filter(purpose -> purpose.username().equals(username))
                .map(Given::purpose);
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, Given> given(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Object held = session.getAttribute(ATTRIBUTE);
            if (held == null) {
                held = new ConcurrentHashMap<UUID, Given>();
                session.setAttribute(ATTRIBUTE, held);
            }
            return (Map<UUID, Given>) held;
        }
    }
}
