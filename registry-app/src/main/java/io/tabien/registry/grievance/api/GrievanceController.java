package io.tabien.registry.grievance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.grievance.AddGrievanceEvidence;
import io.tabien.contracts.grievance.AnswerReferral;
import io.tabien.contracts.grievance.CaseFileView;
import io.tabien.contracts.grievance.CloseGrievance;
import io.tabien.contracts.grievance.CompleteTraffickingScreening;
import io.tabien.contracts.grievance.CaseFileDueForReview;
import io.tabien.contracts.grievance.EraseCaseFile;
import io.tabien.contracts.grievance.FindCaseFilesDueForReview;
import io.tabien.contracts.grievance.FindGrievance;
import io.tabien.contracts.grievance.FindGrievances;
import io.tabien.contracts.grievance.FindUnansweredReferrals;
import io.tabien.contracts.grievance.GrievanceCategory;
import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.GrievanceStatus;
import io.tabien.contracts.grievance.GrievanceView;
import io.tabien.contracts.grievance.IdentifyGrievanceWorker;
import io.tabien.contracts.grievance.ReferGrievance;
import io.tabien.contracts.grievance.ReferralId;
import io.tabien.contracts.grievance.ResolveGrievance;
import io.tabien.contracts.grievance.UnansweredReferral;
import io.tabien.contracts.labour.Money;
import io.tabien.registry.audit.access.AccessKind;
import io.tabien.registry.audit.access.AccessLog;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.Queries;
import io.tabien.registry.web.RecordId;
import io.tabien.registry.web.Responses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@RestController
@RequestMapping("/api/grievances")
class GrievanceController {

    private static final String GRIEVANCES = "grievances";

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final Clock clock;
    private final int referralAnswerDays;
    private final Period caseFileRetention;
    private final AccessLog accessLog;

    GrievanceController(Commands commands, Queries queries, ReadAccess access, Clock clock,
                        @Value("${tabien.grievances.referral-answer-days:14}") int referralAnswerDays,
                        @Value("${tabien.grievances.case-file-retention:P5Y}") Period caseFileRetention,
                        AccessLog accessLog) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.clock = clock;
        this.referralAnswerDays = referralAnswerDays;
        this.caseFileRetention = caseFileRetention;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Register a worker's grievance")
    @PostMapping
    ResponseEntity<RecordId> register(@Valid @RequestBody GrievanceRequests.Register request) {
        var write = request.toWrite();
        return Responses.answer(write, commands.send(write));
    }

    /**
     * The grievance; its case file only for the attaché of its country and auditors, and only when they give a
     * {@code purpose} (parameter or {@code Purpose} header), which the access log keeps.
     */
    @Operation(summary = "Read what a grievance is about, its status and dates")
    @GetMapping("/{id}")
    GrievanceView grievance(@PathVariable UUID id) {
        return logged(List.of(find(id)), null).get(0);
    }

    /**
     * Narrative, evidence, screening and referrals: 403 for anyone but the attaché of its country and auditors, 400
     * for them without a {@code purpose} (parameter or {@code Purpose} header).
     */
    @Operation(summary = "Read a grievance's case file, saying why")
    @GetMapping("/{id}/narrative")
    CaseFileView caseFile(@PathVariable UUID id) {
        GrievanceView grievance = find(id);
        if (grievance.caseFile() == null) {
            throw new CaseFileRestricted(grievance.country());
        }
        String purpose = accessLog.requiredPurpose();
        accessLog.record(AccessKind.GRIEVANCE_CASE_FILE, List.of(id), null, purpose);
        return grievance.caseFile();
    }

    /** Case files as {@link #grievance} gives them: with a purpose only. */
    @Operation(summary = "List grievances by country, status and category")
    @GetMapping
    List<GrievanceView> grievances(@RequestParam(required = false) String country,
                                   @RequestParam(required = false) GrievanceStatus status,
                                   @RequestParam(required = false) GrievanceCategory category) {
        return logged(queries.list(GRIEVANCES, new FindGrievances(country, status, category,
                access.grievanceReaders()), GrievanceView.class), accessLog.queryText());
    }

    private GrievanceView find(UUID id) {
        return queries.one(GRIEVANCES, new FindGrievance(new GrievanceId(id), access.grievanceReaders()),
                GrievanceView.class, "grievance", id);
    }

    /**
     * The views as the reader may have them, and their read logged: case files travel only with a purpose, so that
     * no case file leaves without the reason it was read for in the access log.
     */
    private List<GrievanceView> logged(List<GrievanceView> views, String query) {
        Optional<String> purpose = accessLog.purpose();
        List<UUID> ids = views.stream().map(grievance -> grievance.id().value()).toList();
        if (purpose.isPresent() && views.stream().anyMatch(grievance -> grievance.caseFile() != null)) {
            accessLog.record(AccessKind.GRIEVANCE_CASE_FILE, ids, query, purpose.get());
            return views;
        }
        accessLog.record(AccessKind.GRIEVANCE, ids, query, purpose.orElse(null));
        return views.stream().map(GrievanceView::withoutCaseFile).toList();
    }

    /** Referrals still unanswered more than {@code days} (default 14) days after they were made. */
    @Operation(summary = "List referrals left without an answer")
    @GetMapping("/referrals/unanswered")
    List<UnansweredReferral> unanswered(
            @RequestParam(required = false) @Min(0) @Max(3650) Integer days,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.list(GRIEVANCES, new FindUnansweredReferrals(days == null ? referralAnswerDays : days,
                asOf == null ? LocalDate.now(clock) : asOf, access.referralCountry()), UnansweredReferral.class);
    }

    @Operation(summary = "Identify the worker of a grievance as a registered person")
    @PostMapping("/{id}/identification")
    ResponseEntity<RecordId> identify(@PathVariable UUID id,
                                               @Valid @RequestBody GrievanceRequests.Identification request) {
        GrievanceId grievance = new GrievanceId(id);
        return Responses.recorded(commands.send(grievance, new IdentifyGrievanceWorker(grievance, new PersonId(request.personId())),
                request, Void.class), id);
    }

    @Operation(summary = "Add evidence to a grievance")
    @PostMapping("/{id}/evidence")
    ResponseEntity<RecordId> evidence(@PathVariable UUID id, @Valid @RequestBody GrievanceRequests.Evidence request) {
        GrievanceId grievance = new GrievanceId(id);
        return Responses.recorded(commands.send(grievance, new AddGrievanceEvidence(grievance, request.description(),
                request.documentReference(), request.addedOn()), request, Void.class), id);
    }

    @Operation(summary = "Record a trafficking screening")
    @PostMapping("/{id}/screening")
    ResponseEntity<RecordId> screening(@PathVariable UUID id,
                                                @Valid @RequestBody GrievanceRequests.Screening request) {
        GrievanceId grievance = new GrievanceId(id);
        return Responses.recorded(commands.send(grievance, new CompleteTraffickingScreening(grievance, request.indicators(),
                request.outcome(), request.decidedBy(), request.screenedOn()), request, Void.class), id);
    }

    @Operation(summary = "Refer a grievance to a service")
    @PostMapping("/{id}/referrals")
    ResponseEntity<RecordId> refer(@PathVariable UUID id, @Valid @RequestBody GrievanceRequests.Referral request) {
        GrievanceId grievance = new GrievanceId(id);
        ReferralId referral = ReferralId.random();
        return Responses.created("/api/grievances/" + id + "/referrals", commands.send(grievance,
                new ReferGrievance(grievance, referral, request.to(), request.consent(), request.overrideReason(),
                        request.referredOn()), request, ReferralId.class));
    }

    @Operation(summary = "Record the answer to a referral")
    @PostMapping("/{id}/referrals/{referralId}/answer")
    ResponseEntity<RecordId> answer(@PathVariable UUID id, @PathVariable UUID referralId,
                                             @Valid @RequestBody GrievanceRequests.Answer request) {
        GrievanceId grievance = new GrievanceId(id);
        return Responses.recorded(commands.send(grievance, new AnswerReferral(grievance, new ReferralId(referralId),
                request.answer(), request.reason(), request.answeredOn()), request, Void.class), id);
    }

    @Operation(summary = "Resolve a grievance")
    @PostMapping("/{id}/resolution")
    ResponseEntity<RecordId> resolve(@PathVariable UUID id,
                                              @Valid @RequestBody GrievanceRequests.Resolution request) {
        GrievanceId grievance = new GrievanceId(id);
        Money wages = request.wagesRecovered() == null ? null
                : new Money(request.wagesRecovered().amount(), request.wagesRecovered().currency());
        return Responses.recorded(commands.send(grievance, new ResolveGrievance(grievance, request.outcomes(), wages,
                request.resolvedOn()), request, Void.class), id);
    }

    /**
     * Destroys the case file's key: the narrative, evidence descriptions and the unidentified worker's name and
     * passport number can no longer be read by anyone, while the events and their hash chain stay as they were.
     */
    @Operation(summary = "Erase a grievance's case file")
    @PostMapping("/{id}/erasure")
    ResponseEntity<RecordId> erase(@PathVariable UUID id, @Valid @RequestBody GrievanceRequests.Erasure request) {
        GrievanceId grievance = new GrievanceId(id);
        return Responses.recorded(commands.send(grievance, new EraseCaseFile(grievance, request.ground(),
                request.reason()), request, Void.class), id);
    }

    /** Closed longer than the retention period ({@code tabien.grievances.case-file-retention}, five years by default). */
    @Operation(summary = "List case files kept past their retention period, for review")
    @GetMapping("/case-files/due-for-review")
    List<CaseFileDueForReview> dueForReview() {
        LocalDate today = LocalDate.now(clock);
        return queries.list(GRIEVANCES, new FindCaseFilesDueForReview(today.minus(caseFileRetention), today),
                CaseFileDueForReview.class);
    }

    @Operation(summary = "Close a grievance")
    @PostMapping("/{id}/closure")
    ResponseEntity<RecordId> close(@PathVariable UUID id, @Valid @RequestBody GrievanceRequests.Closure request) {
        GrievanceId grievance = new GrievanceId(id);
        return Responses.recorded(commands.send(grievance, new CloseGrievance(grievance, request.closedOn()), request,
                Void.class), id);
    }

}
