package io.tabien.registry.grievance.command;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.grievance.AddGrievanceEvidence;
import io.tabien.contracts.grievance.AnswerReferral;
import io.tabien.contracts.grievance.CaseFileErased;
import io.tabien.contracts.grievance.CloseGrievance;
import io.tabien.contracts.grievance.CompleteTraffickingScreening;
import io.tabien.contracts.grievance.EraseCaseFile;
import io.tabien.contracts.grievance.GrievanceCategory;
import io.tabien.contracts.grievance.GrievanceClosed;
import io.tabien.contracts.grievance.GrievanceEvidenceAdded;
import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.GrievanceOutcome;
import io.tabien.contracts.grievance.GrievanceReferred;
import io.tabien.contracts.grievance.GrievanceRegistered;
import io.tabien.contracts.grievance.GrievanceResolved;
import io.tabien.contracts.grievance.GrievanceWorkerIdentified;
import io.tabien.contracts.grievance.IdentifyGrievanceWorker;
import io.tabien.contracts.grievance.ReferGrievance;
import io.tabien.contracts.grievance.ReferralAnswered;
import io.tabien.contracts.grievance.ReferralId;
import io.tabien.contracts.grievance.RegisterGrievance;
import io.tabien.contracts.grievance.ResolveGrievance;
import io.tabien.contracts.grievance.TraffickingScreeningCompleted;
import io.tabien.registry.grievance.casefile.CaseFileField;
import io.tabien.registry.grievance.casefile.CaseFileSeal;
import io.tabien.registry.platform.errors.DateInFuture;
import io.tabien.registry.platform.errors.RequiredFieldMissing;
import io.tabien.registry.platform.errors.UnknownPerson;
import io.tabien.registry.platform.reference.Countries;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A worker's grievance, from the attaché's first contact to its closure: evidence, trafficking screening, referrals
 * (with the worker's consent, or a recorded reason to go ahead without), answers, resolution.
 */
@Aggregate
class Grievance {

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    @AggregateIdentifier
    private GrievanceId grievanceId;
    private String country;
    private LocalDate reportedOn;
    private PersonId worker;
    private boolean resolved;
    private LocalDate resolvedOn;
    private boolean closed;
    private boolean erased;
    /** Each referral's day, and whether it has been answered. */
    private final Map<ReferralId, LocalDate> referrals = new HashMap<>();
    private final Set<ReferralId> answered = new HashSet<>();

    Grievance() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Grievance(RegisterGrievance command, GrievancePolicy policy, MetaData metadata) {
        if (command.workerPersonId() == null && blank(command.workerName())) {
            throw new WorkerUnnamed();
        }
        require(command.employerName(), "employerName");
        require(command.channel(), "channel");
        require(command.narrative(), "narrative");
        if (command.categories() == null || command.categories().isEmpty()
                || command.categories().stream().anyMatch(Objects::isNull)) {
            throw new RequiredFieldMissing("categories");
        }
        Countries.mustBeACountry(command.country(), "country");
        if ("LA".equals(command.country())) {
            throw new CountryNotAbroad();
        }
        policy.mustActIn(metadata, command.country());
        notInTheFuture(command.reportedOn(), "reportedOn", policy);
        if (command.workerPersonId() != null && policy.civilRecords().civilRecord(command.workerPersonId()).isEmpty()) {
            throw new UnknownPerson("workerPersonId");
        }
        if (command.contractId() != null && !policy.labourRecords().contractExists(command.contractId())) {
            throw new UnknownContract();
        }
        CaseFileSeal seal = policy.caseFileSeal();
        GrievanceId id = command.grievanceId();
        apply(new GrievanceRegistered(id, command.workerPersonId(),
                seal.seal(id, CaseFileField.WORKER_NAME, stripped(command.workerName())),
                seal.seal(id, CaseFileField.PASSPORT_NUMBER, stripped(command.passportNumber())),
                command.contractId(), command.employerName().strip(), command.country(), stripped(command.city()),
                command.channel(), Set.copyOf(command.categories()),
                seal.seal(id, CaseFileField.NARRATIVE, command.narrative().strip()), command.reportedOn()));
    }

    @CommandHandler
    void handle(IdentifyGrievanceWorker command, GrievancePolicy policy, MetaData metadata) {
        mustBeOpenIn(metadata, policy);
        require(command.personId(), "personId");
        if (worker != null) {
            throw new AlreadyIdentified(worker.toString());
        }
        if (policy.civilRecords().civilRecord(command.personId()).isEmpty()) {
            throw new UnknownPerson("personId");
        }
        apply(new GrievanceWorkerIdentified(grievanceId, command.personId()));
    }

    @CommandHandler
    void handle(AddGrievanceEvidence command, GrievancePolicy policy, MetaData metadata) {
        mustBeOpenIn(metadata, policy);
        mustNotBeErased();
        require(command.description(), "description");
        onOrAfterReport(command.addedOn(), "addedOn", policy);
        apply(new GrievanceEvidenceAdded(grievanceId, policy.caseFileSeal().seal(grievanceId,
                CaseFileField.EVIDENCE_DESCRIPTION, command.description().strip()),
                stripped(command.documentReference()), command.addedOn()));
    }

    /**
     * Erasure destroys the case file's key before the event saying so is appended, in the same transaction: if the
     * append fails, the key is kept. Open or closed, any case may be erased; once only.
     */
    @CommandHandler
    void handle(EraseCaseFile command, GrievancePolicy policy) {
        mustNotBeErased();
        require(command.ground(), "ground");
        require(command.reason(), "reason");
        policy.caseFileSeal().destroyKey(grievanceId);
        apply(new CaseFileErased(grievanceId, command.ground(), command.reason().strip(), policy.today()));
    }

    @CommandHandler
    void handle(CompleteTraffickingScreening command, GrievancePolicy policy, MetaData metadata) {
        mustBeOpenIn(metadata, policy);
        require(command.outcome(), "outcome");
        require(command.decidedBy(), "decidedBy");
        Set<GrievanceCategory> indicators = command.indicators() == null ? Set.of() : command.indicators();
        for (GrievanceCategory indicator : indicators) {
            if (indicator == null || !indicator.forcedLabourIndicator()) {
                throw new NotAnIndicator(String.valueOf(indicator));
            }
        }
        onOrAfterReport(command.screenedOn(), "screenedOn", policy);
        apply(new TraffickingScreeningCompleted(grievanceId, Set.copyOf(indicators), command.outcome(),
                command.decidedBy(), command.screenedOn()));
    }

    @CommandHandler
    ReferralId handle(ReferGrievance command, GrievancePolicy policy, MetaData metadata) {
        mustBeOpenIn(metadata, policy);
        require(command.referralId(), "referralId");
        if (referrals.containsKey(command.referralId())) {
            throw new DuplicateReferral();
        }
        require(command.to(), "to");
        if (!command.consent() && blank(command.overrideReason())) {
            throw new ConsentRequired();
        }
        onOrAfterReport(command.referredOn(), "referredOn", policy);
        apply(new GrievanceReferred(grievanceId, command.referralId(), command.to(), command.consent(),
                stripped(command.overrideReason()), command.referredOn()));
        return command.referralId();
    }

    @CommandHandler
    void handle(AnswerReferral command, GrievancePolicy policy, MetaData metadata) {
        mustBeOpenIn(metadata, policy);
        LocalDate referredOn = referrals.get(command.referralId());
        if (referredOn == null) {
            throw new UnknownReferral(command.referralId());
        }
        if (answered.contains(command.referralId())) {
            throw new AlreadyAnswered();
        }
        require(command.answer(), "answer");
        notInTheFuture(command.answeredOn(), "answeredOn", policy);
        if (command.answeredOn().isBefore(referredOn)) {
            throw new AnswerBeforeReferral();
        }
        apply(new ReferralAnswered(grievanceId, command.referralId(), command.answer(), stripped(command.reason()),
                command.answeredOn()));
    }

    @CommandHandler
    void handle(ResolveGrievance command, GrievancePolicy policy, MetaData metadata) {
        mustBeOpenIn(metadata, policy);
        if (resolved) {
            throw new AlreadyResolved();
        }
        if (command.outcomes() == null || command.outcomes().isEmpty()
                || command.outcomes().stream().anyMatch(Objects::isNull)) {
            throw new RequiredFieldMissing("outcomes");
        }
        if (command.outcomes().contains(GrievanceOutcome.WAGES_RECOVERED) && (command.wagesRecovered() == null
                || command.wagesRecovered().amount() == null
                || command.wagesRecovered().amount().compareTo(BigDecimal.ZERO) <= 0)) {
            throw new WagesRecoveredMissing();
        }
        if (command.wagesRecovered() != null && !CURRENCIES.contains(command.wagesRecovered().currency())) {
            throw new RequiredFieldMissing("wagesRecovered.currency");
        }
        onOrAfterReport(command.resolvedOn(), "resolvedOn", policy);
        apply(new GrievanceResolved(grievanceId, Set.copyOf(command.outcomes()), command.wagesRecovered(),
                command.resolvedOn()));
    }

    @CommandHandler
    void handle(CloseGrievance command, GrievancePolicy policy, MetaData metadata) {
        mustBeOpenIn(metadata, policy);
        onOrAfterReport(command.closedOn(), "closedOn", policy);
        if (resolvedOn != null && command.closedOn().isBefore(resolvedOn)) {
            throw new ClosedBeforeResolution(resolvedOn);
        }
        apply(new GrievanceClosed(grievanceId, command.closedOn()));
    }

    @EventSourcingHandler
    void on(GrievanceRegistered event) {
        this.grievanceId = event.grievanceId();
        this.country = event.country();
        this.reportedOn = event.reportedOn();
        this.worker = event.workerPersonId();
    }

    @EventSourcingHandler
    void on(GrievanceWorkerIdentified event) {
        this.worker = event.personId();
    }

    @EventSourcingHandler
    void on(GrievanceReferred event) {
        referrals.put(event.referralId(), event.referredOn());
    }

    @EventSourcingHandler
    void on(ReferralAnswered event) {
        answered.add(event.referralId());
    }

    @EventSourcingHandler
    void on(GrievanceResolved event) {
        this.resolved = true;
        this.resolvedOn = event.resolvedOn();
    }

    @EventSourcingHandler
    void on(GrievanceClosed event) {
        this.closed = true;
    }

    @EventSourcingHandler
    void on(CaseFileErased event) {
        this.erased = true;
    }

    private void mustNotBeErased() {
        if (erased) {
            throw new CaseFileAlreadyErased();
        }
    }

    private void mustBeOpenIn(MetaData metadata, GrievancePolicy policy) {
        policy.mustActIn(metadata, country);
        if (closed) {
            throw new CaseClosed();
        }
    }

    private void onOrAfterReport(LocalDate day, String field, GrievancePolicy policy) {
        notInTheFuture(day, field, policy);
        if (day.isBefore(reportedOn)) {
            throw new BeforeReport(field);
        }
    }

    private static void notInTheFuture(LocalDate day, String field, GrievancePolicy policy) {
        require(day, field);
        LocalDate today = policy.today();
        if (day.isAfter(today)) {
            throw new DateInFuture(field, today);
        }
    }

    private static void require(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new RequiredFieldMissing(field);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String stripped(String text) {
        return blank(text) ? null : text.strip();
    }
}
