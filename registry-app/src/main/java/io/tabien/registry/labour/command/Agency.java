package io.tabien.registry.labour.command;

import io.tabien.contracts.labour.AgencyClosed;
import io.tabien.contracts.labour.AgencyId;
import io.tabien.contracts.labour.AgencyLicensed;
import io.tabien.contracts.labour.AgencyStatus;
import io.tabien.contracts.labour.CloseAgency;
import io.tabien.contracts.labour.LicenceReinstated;
import io.tabien.contracts.labour.LicenceRenewed;
import io.tabien.contracts.labour.LicenceRevoked;
import io.tabien.contracts.labour.LicenceSuspended;
import io.tabien.contracts.labour.LicenseAgency;
import io.tabien.contracts.labour.ReinstateLicence;
import io.tabien.contracts.labour.RenewLicence;
import io.tabien.contracts.labour.RevokeLicence;
import io.tabien.contracts.labour.SuspendLicence;
import io.tabien.registry.labour.LicenceTimeline;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.Set;

import static io.tabien.registry.labour.command.LabourPolicy.require;
import static io.tabien.registry.labour.command.LabourPolicy.stripped;
import static io.tabien.registry.platform.reference.Countries.mustBeACountry;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A licensed recruitment agency and its licence through time: renewals, suspensions, revocation, closure. */
@Aggregate
class Agency {

    @AggregateIdentifier
    private AgencyId agencyId;
    private LicenceTimeline licence;

    Agency() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Agency(LicenseAgency command, LabourPolicy policy, LabourLookups lookups) {
        require(command.name(), "name");
        require(command.licenceNumber(), "licenceNumber");
        require(command.address(), "address");
        require(command.licensedFrom(), "licensedFrom");
        require(command.licensedUntil(), "licensedUntil");
        policy.notInTheFuture(command.licensedFrom(), "licensedFrom");
        if (!command.licensedUntil().isAfter(command.licensedFrom())) {
            throw new LicenceEndsBeforeItStarts();
        }
        Set<String> destinations = command.destinations() == null ? Set.of() : command.destinations();
        if (destinations.isEmpty()) {
            throw new LicenceScopeRequired("destinations");
        }
        if (command.sectors() == null || command.sectors().isEmpty()
                || command.sectors().stream().anyMatch(java.util.Objects::isNull)) {
            throw new LicenceScopeRequired("sectors");
        }
        destinations.forEach(country -> mustBeACountry(country, "destinations"));
        if (destinations.contains("LA")) {
            throw new DestinationIsLaos("destinations");
        }
        String number = command.licenceNumber().strip();
        if (lookups.licenceNumberTaken(number)) {
            throw new LicenceNumberTaken(number);
        }
        apply(new AgencyLicensed(command.agencyId(), command.name().strip(), number, command.address().strip(),
                command.licensedFrom(), command.licensedUntil(), Set.copyOf(destinations),
                Set.copyOf(command.sectors())));
    }

    @CommandHandler
    void handle(RenewLicence command, LabourPolicy policy) {
        mustNotHaveEnded();
        require(command.licensedUntil(), "licensedUntil");
        LocalDate renewedOn = command.renewedOn() == null ? policy.today() : command.renewedOn();
        policy.notInTheFuture(renewedOn, "renewedOn");
        mustBeLicensedBy(renewedOn, "renewedOn");
        if (!command.licensedUntil().isAfter(renewedOn)) {
            throw new LicenceEndsBeforeItStarts();
        }
        if (!command.licensedUntil().isAfter(licence.licensedUntil())) {
            throw new RenewalDoesNotExtend(licence.licensedUntil());
        }
        apply(new LicenceRenewed(agencyId, renewedOn, command.licensedUntil()));
    }

    @CommandHandler
    void handle(SuspendLicence command, LabourPolicy policy) {
        mustNotHaveEnded();
        policy.notInTheFuture(command.from(), "from");
        require(command.reason(), "reason");
        mustBeLicensedBy(command.from(), "from");
        if (command.until() != null && command.until().isBefore(command.from())) {
            throw new SuspensionEndsBeforeItStarts();
        }
        if (licence.statusOn(command.from()) == AgencyStatus.SUSPENDED) {
            throw new AlreadySuspended(command.from());
        }
        apply(new LicenceSuspended(agencyId, command.from(), command.until(), command.reason().strip()));
    }

    @CommandHandler
    void handle(ReinstateLicence command, LabourPolicy policy) {
        mustNotHaveEnded();
        policy.notInTheFuture(command.on(), "on");
        if (licence.statusOn(command.on()) != AgencyStatus.SUSPENDED) {
            throw new NotSuspended(command.on());
        }
        apply(new LicenceReinstated(agencyId, command.on()));
    }

    @CommandHandler
    void handle(RevokeLicence command, LabourPolicy policy) {
        mustNotHaveEnded();
        policy.notInTheFuture(command.on(), "on");
        require(command.reason(), "reason");
        mustBeLicensedBy(command.on(), "on");
        apply(new LicenceRevoked(agencyId, command.on(), command.reason().strip()));
    }

    @CommandHandler
    void handle(CloseAgency command, LabourPolicy policy) {
        if (licence.closed()) {
            throw new AlreadyClosed();
        }
        policy.notInTheFuture(command.closedOn(), "closedOn");
        mustBeLicensedBy(command.closedOn(), "closedOn");
        apply(new AgencyClosed(agencyId, command.closedOn(), stripped(command.reason())));
    }

    @EventSourcingHandler
    void on(AgencyLicensed event) {
        this.agencyId = event.agencyId();
        this.licence = LicenceTimeline.licensed(event.licensedFrom(), event.licensedUntil());
    }

    @EventSourcingHandler
    void on(LicenceRenewed event) {
        licence = licence.renewed(event.renewedOn(), event.licensedUntil());
    }

    @EventSourcingHandler
    void on(LicenceSuspended event) {
        licence = licence.suspended(event.from(), event.until());
    }

    @EventSourcingHandler
    void on(LicenceReinstated event) {
        licence = licence.reinstated(event.on());
    }

    @EventSourcingHandler
    void on(LicenceRevoked event) {
        licence = licence.revoked(event.on());
    }

    @EventSourcingHandler
    void on(AgencyClosed event) {
        licence = licence.closed(event.closedOn());
    }

    private void mustNotHaveEnded() {
        if (licence.closed()) {
            throw new LicenceEnded("closed");
        }
        if (licence.revoked()) {
            throw new LicenceEnded("revoked");
        }
    }

    private void mustBeLicensedBy(LocalDate day, String field) {
        if (day.isBefore(licence.licensedFrom())) {
            throw new BeforeLicence(field);
        }
    }
}
