package io.tabien.registry.documents.command;

import io.tabien.registry.civil.CivilRecords;
import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.security.Reach;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** What the passport rules need from outside a passport: today, the issuing state, civil records. */
@Component
class PassportPolicy {

    private static final Set<Role> CUSTODY_HANDLERS = EnumSet.of(Role.PASSPORT_OFFICER, Role.LABOUR_ATTACHE);

    private final Clock clock;
    private final CivilRecords civilRecords;
    private final String issuingState;

    PassportPolicy(Clock clock, CivilRecords civilRecords,
                   @Value("${tabien.documents.issuing-state:LAO}") String issuingState) {
        this.clock = clock;
        this.civilRecords = civilRecords;
        this.issuingState = issuingState;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String issuingState() {
        return issuingState;
    }

    CivilRecords civilRecords() {
        return civilRecords;
    }

    /**
     * Passport officers handle custody anywhere; a labour attaché only custody in their own country. A passport
     * with its holder since it was issued or returned is in no known country ({@code null}), which no attaché
     * reaches.
     */
    void mustHandleCustodyIn(MetaData metadata, String country) {
        Actor actor = Actor.of(metadata);
        if (!Reach.toRecord(actor, CUSTODY_HANDLERS).coversCountry(country)) {
            throw new OutsideAttacheCountry(actor.office() == null ? "none" : actor.office());
        }
    }
}
