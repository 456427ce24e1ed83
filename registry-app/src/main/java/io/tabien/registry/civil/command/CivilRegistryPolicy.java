package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.CertificateCollector;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.IssuedCertificate;
import io.tabien.contracts.civil.Place;
import io.tabien.registry.civil.LateRegistration;
import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.platform.reference.Geography;
import io.tabien.registry.security.Reach;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * What the civil registry's rules need from outside a record: today's date where the registry works, the
 * geography of Laos, when a birth registration is late, and where the acting registrar may act.
 */
@Component
class CivilRegistryPolicy {

    static final LocalDate EARLIEST_DATE_OF_BIRTH = LocalDate.of(1900, 1, 1);
    private static final Set<Role> CIVIL_RECORDERS = EnumSet.of(Role.REGISTRAR);

    private final Clock clock;
    private final Geography geography;
    private final LateRegistration lateRegistration;

    CivilRegistryPolicy(Clock clock, Geography geography, LateRegistration lateRegistration) {
        this.clock = clock;
        this.geography = geography;
        this.lateRegistration = lateRegistration;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    boolean isLate(LocalDate dateOfBirth) {
        return lateRegistration.isLate(dateOfBirth);
    }

    void mustBeInLaos(Place place, String field) {
        geography.mustBeInLaos(place, field);
    }

    /**
     * A registrar records only what happens inside their office's jurisdiction; the registry's own process steps
     * follow the event that caused them.
     */
    void mustActWithin(MetaData metadata, String province, String district) {
        Actor actor = Actor.of(metadata);
        if (!Reach.toRecord(actor, CIVIL_RECORDERS).coversPlace(province, district)) {
            throw new OutsideJurisdiction(actor.office());
        }
    }

    void mustActWithin(MetaData metadata, Place place) {
        mustActWithin(metadata, place.province(), place.district());
    }

    /** A certificate is handed to a named person, who states their relationship and shows an identity document. */
    void mustBeHandedToSomeone(CertificateCollector collector) {
        Person.requirePresent(collector, "collector");
        Person.requirePresent(collector.name(), "collector.name");
        Person.requirePresent(collector.relationship(), "collector.relationship");
        Person.requirePresent(collector.identityDocument(), "collector.identityDocument");
    }

    CertificateCollector collector(CertificateCollector collector) {
        return new CertificateCollector(collector.name().strip(), collector.relationship().strip(),
                collector.identityDocument().strip());
    }

    /** A certificate dated today, from the office of the registrar who issues it. */
    IssuedCertificate issue(UUID recordId, CertificateKind kind, long recordVersion, int copyNumber,
                            MetaData metadata) {
        return new IssuedCertificate(recordId, kind, recordVersion, copyNumber, today(), Actor.of(metadata).office());
    }
}
