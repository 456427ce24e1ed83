package io.tabien.registry.grievance.command;

import io.tabien.registry.civil.CivilRecords;
import io.tabien.registry.grievance.casefile.CaseFileSeal;
import io.tabien.registry.labour.LabourRecords;
import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.security.Reach;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the case rules need from outside a case: today, civil and labour records, who may act where, and the case
 * file's key.
 */
@Component
class GrievancePolicy {

    private static final Set<Role> CASE_WORKERS = EnumSet.of(Role.LABOUR_ATTACHE);

    private final Clock clock;
    private final CivilRecords civilRecords;
    private final LabourRecords labourRecords;
    private final CaseFileSeal caseFileSeal;

    GrievancePolicy(Clock clock, CivilRecords civilRecords, LabourRecords labourRecords, CaseFileSeal caseFileSeal) {
        this.clock = clock;
        this.civilRecords = civilRecords;
        this.labourRecords = labourRecords;
        this.caseFileSeal = caseFileSeal;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    CivilRecords civilRecords() {
        return civilRecords;
    }

    LabourRecords labourRecords() {
        return labourRecords;
    }

    CaseFileSeal caseFileSeal() {
        return caseFileSeal;
    }

    /** An attaché acts on the grievances of their own country; the registry's own process steps are not bound. */
    void mustActIn(MetaData metadata, String country) {
        Actor actor = Actor.of(metadata);
        if (!Reach.toRecord(actor, CASE_WORKERS).coversCountry(country)) {
            throw new OutsideAttacheCountry(actor.office() == null ? "none" : actor.office());
        }
    }
}
