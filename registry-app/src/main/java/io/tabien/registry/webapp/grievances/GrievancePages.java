package io.tabien.registry.webapp.grievances;

import io.tabien.contracts.grievance.AnswerReferral;
import io.tabien.contracts.grievance.CloseGrievance;
import io.tabien.contracts.grievance.CompleteTraffickingScreening;
import io.tabien.contracts.grievance.FindGrievance;
import io.tabien.contracts.grievance.FindGrievances;
import io.tabien.contracts.grievance.FindUnansweredReferrals;
import io.tabien.contracts.grievance.GrievanceCategory;
import io.tabien.contracts.grievance.GrievanceChannel;
import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.GrievanceOutcome;
import io.tabien.contracts.grievance.GrievanceStatus;
import io.tabien.contracts.grievance.GrievanceView;
import io.tabien.contracts.grievance.ReferGrievance;
import io.tabien.contracts.grievance.ReferralAnswer;
import io.tabien.contracts.grievance.ReferralId;
import io.tabien.contracts.grievance.ReferralTarget;
import io.tabien.contracts.grievance.RegisterGrievance;
import io.tabien.contracts.grievance.ResolveGrievance;
import io.tabien.contracts.grievance.ScreeningAuthority;
import io.tabien.contracts.grievance.ScreeningOutcome;
import io.tabien.contracts.grievance.UnansweredReferral;
import io.tabien.contracts.labour.Money;
import io.tabien.registry.audit.access.AccessKind;
import io.tabien.registry.audit.access.AccessLog;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.security.UserAccount;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.Queries;
import io.tabien.registry.webapp.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.tabien.registry.webapp.FormText.blankToNull;
import static io.tabien.registry.webapp.ReadModels.GRIEVANCES;

/**
 * The labour attaché's case work: a grievance taken in on a form, the case page with its screening, referrals and
 * their answers, resolution and closure, and the tracker of referrals left unanswered. The case file is shown as
 * the registry's own query answers it: to the attaché of the grievance's country and to auditors only, and to them
 * only once they have said why they read it ({@link CasePurposes}); every showing is in the access log, the case
 * file's with that purpose.
 */
@Controller
class GrievancePages {

    /**
     * The intake form, a plain form an outbox can send later as it is: {@code id} is chosen when the form is opened,
     * so a form sent twice records one grievance.
     */
    record IntakeForm(UUID id, String workerName, String passportNumber, String employerName, String country,
                      String city, GrievanceChannel channel, Set<GrievanceCategory> categories, String narrative,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn) {

        RegisterGrievance toCommand() {
            return new RegisterGrievance(new GrievanceId(id), null, blankToNull(workerName),
                    blankToNull(passportNumber), null, blankToNull(employerName), blankToNull(country),
                    blankToNull(city), channel, categories == null ? Set.of() : categories, blankToNull(narrative),
                    reportedOn);
        }

        /** The narrative never appears in logs or error messages. */
        @Override
        public String toString() {
            return "IntakeForm[id=" + id + ", country=" + country + ", channel=" + channel + "]";
        }
    }

    record ScreeningForm(Set<GrievanceCategory> indicators, ScreeningOutcome outcome, ScreeningAuthority decidedBy,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate screenedOn) {
    }

    record ReferralForm(ReferralTarget to, Boolean consent, String overrideReason,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referredOn) {
    }

    record AnswerForm(ReferralAnswer answer, String reason,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn) {
    }

    record ResolutionForm(Set<GrievanceOutcome> outcomes, BigDecimal wagesAmount, String wagesCurrency,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate resolvedOn) {
    }

    record ClosureForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn) {
    }

    /** The user and session a case page is drawn for again when one of its forms is refused. */
    private record Reader(UserAccount user, HttpSession session) {
    }

    /** Message keys of the purposes the form suggests; the reader may write any other. */
    private static final List<String> SUGGESTED_PURPOSES = List.of("grievance.purpose.suggested.intake",
            "grievance.purpose.suggested.casework", "grievance.purpose.suggested.worker",
            "grievance.purpose.suggested.audit");

    /** An unanswered referral, overdue once it has waited longer than the registry allows. */
    record Tracked(UnansweredReferral referral, boolean overdue) {
    }

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final MessageSource messages;
    private final Clock clock;
    private final int referralAnswerDays;
    private final AccessLog accessLog;
    private final CasePurposes purposes;

    GrievancePages(Commands commands, Queries queries, ReadAccess access, MessageSource messages, Clock clock,
                   @Value("${tabien.grievances.referral-answer-days:14}") int referralAnswerDays,
                   AccessLog accessLog, CasePurposes purposes) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
        this.referralAnswerDays = referralAnswerDays;
        this.accessLog = accessLog;
        this.purposes = purposes;
    }

    /**
     * A new intake, reported today. The form may be kept for use without a connection and opened days later: it names
     * the registry's time zone, so that the day it is opened on is filled in instead of the day it was kept on.
     */
    @GetMapping("/grievances/new")
    String intake(@AuthenticationPrincipal UserAccount user, Model model) {
        model.addAttribute("todayIn", clock.getZone().getId());
        return intakePage(model, new IntakeForm(UUID.randomUUID(), null, null, null, user.office(), null, null,
                Set.of(), null, LocalDate.now(clock)), FormErrors.none());
    }

    @PostMapping("/grievances")
    String register(@ModelAttribute("form") IntakeForm form, BindingResult binding, Model model,
                    HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        binding.getFieldErrors().forEach(error -> errors.field(error.getField(), "field.invalid", messages));
        IntakeForm sent = form.id() != null ? form : new IntakeForm(UUID.randomUUID(), form.workerName(),
                form.passportNumber(), form.employerName(), form.country(), form.city(), form.channel(),
                form.categories(), form.narrative(), form.reportedOn());
        if (!errors.any()) {
            try {
                commands.send(new GrievanceId(sent.id()), sent.toCommand(), sent, GrievanceId.class);
                return "redirect:/grievances/" + sent.id() + "?registered";
            } catch (AggregateStreamCreationException | DuplicateKeyException alreadyRegistered) {
                // The same form was sent before, and that grievance is recorded.
                return "redirect:/grievances/" + sent.id();
            } catch (RuntimeException refused) {
                FormErrors told = told(refused, "");
                response.setStatus(told.status().value());
                return intakePage(model, sent, told);
            }
        }
        response.setStatus(errors.status().value());
        return intakePage(model, sent, errors);
    }

    /** The cases as anyone who may list them sees them: no case file, which is read one case at a time. */
    @GetMapping("/grievances")
    String cases(@RequestParam(required = false) GrievanceStatus status, Model model) {
        List<GrievanceView> grievances = queries.list(GRIEVANCES, new FindGrievances(null, status, null,
                access.grievanceReaders()), GrievanceView.class).stream().map(GrievanceView::withoutCaseFile).toList();
        if (!grievances.isEmpty()) {
            accessLog.searched(AccessKind.GRIEVANCE, grievances.stream().map(grievance -> grievance.id().value())
                    .toList());
        }
        model.addAttribute("grievances", grievances);
        model.addAttribute("status", status);
        model.addAttribute("statuses", GrievanceStatus.values());
        return "grievances/cases";
    }

    /**
     * Every unanswered referral, oldest first (those that have waited more than -1 days: all of them, today's too);
     * those the registry counts as past the deadline for an answer are marked.
     */
    @GetMapping("/grievances/referrals")
    String referrals(Model model) {
        LocalDate today = LocalDate.now(clock);
        String country = access.referralCountry();
        Set<ReferralId> overdue = queries.list(GRIEVANCES, new FindUnansweredReferrals(referralAnswerDays, today,
                country), UnansweredReferral.class).stream().map(UnansweredReferral::id).collect(Collectors.toSet());
        model.addAttribute("referrals", queries.list(GRIEVANCES, new FindUnansweredReferrals(-1, today, country),
                        UnansweredReferral.class).stream()
                .map(referral -> new Tracked(referral, overdue.contains(referral.id()))).toList());
        model.addAttribute("deadlineDays", referralAnswerDays);
        return "grievances/referrals";
    }

    @GetMapping("/grievances/{id}")
    String grievance(@PathVariable UUID id, @AuthenticationPrincipal UserAccount user, HttpSession session,
                     Model model) {
        return casePage(model, id, user, session, null, FormErrors.none());
    }

    /** Why the reader opens the case file; kept for the case a few minutes, then asked again. */
    @PostMapping("/grievances/{id}/purpose")
    String purpose(@PathVariable UUID id, @RequestParam(name = AccessLog.PURPOSE, required = false) String purpose,
                   @AuthenticationPrincipal UserAccount user, HttpSession session, Model model,
                   HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        Optional<String> given = Optional.empty();
        if (purpose == null || purpose.isBlank()) {
            errors.field(AccessLog.PURPOSE, "rule.RequiredFieldMissing", messages);
        } else {
            try {
                given = accessLog.purpose();
            } catch (RuntimeException unusable) {
                errors = told(unusable, "");
            }
        }
        if (errors.any()) {
            response.setStatus(errors.status().value());
            return casePage(model, id, user, session, AccessLog.PURPOSE, errors);
        }
        if (find(id).caseFile() != null) {
            purposes.give(session, user.username(), id, given.orElseThrow());
        }
        return "redirect:/grievances/" + id;
    }

    @PostMapping("/grievances/{id}/screening")
    String screening(@PathVariable UUID id, @ModelAttribute ScreeningForm form, BindingResult binding,
                     @AuthenticationPrincipal UserAccount user, HttpSession session, Model model,
                     HttpServletResponse response) {
        GrievanceId grievance = new GrievanceId(id);
        return send(id, "screening", binding, new Reader(user, session), model, response, () -> new CompleteTraffickingScreening(grievance,
                form.indicators() == null ? Set.of() : form.indicators(), form.outcome(), form.decidedBy(),
                form.screenedOn()), form);
    }

    @PostMapping("/grievances/{id}/referrals")
    String refer(@PathVariable UUID id, @ModelAttribute ReferralForm form, BindingResult binding,
                 @AuthenticationPrincipal UserAccount user, HttpSession session, Model model,
                 HttpServletResponse response) {
        GrievanceId grievance = new GrievanceId(id);
        return send(id, "referral", binding, new Reader(user, session), model, response, () -> new ReferGrievance(grievance, ReferralId.random(),
                form.to(), Boolean.TRUE.equals(form.consent()), blankToNull(form.overrideReason()), form.referredOn()), form);
    }

    @PostMapping("/grievances/{id}/referrals/{referralId}/answer")
    String answer(@PathVariable UUID id, @PathVariable UUID referralId, @ModelAttribute AnswerForm form,
                  BindingResult binding, @AuthenticationPrincipal UserAccount user, HttpSession session, Model model,
                  HttpServletResponse response) {
        GrievanceId grievance = new GrievanceId(id);
        return send(id, "answer-" + referralId, binding, new Reader(user, session), model, response, () -> new AnswerReferral(grievance,
                new ReferralId(referralId), form.answer(), blankToNull(form.reason()), form.answeredOn()), form);
    }

    @PostMapping("/grievances/{id}/resolution")
    String resolve(@PathVariable UUID id, @ModelAttribute ResolutionForm form, BindingResult binding,
                   @AuthenticationPrincipal UserAccount user, HttpSession session, Model model,
                   HttpServletResponse response) {
        GrievanceId grievance = new GrievanceId(id);
        return send(id, "resolution", binding, new Reader(user, session), model, response, () -> new ResolveGrievance(grievance,
                form.outcomes() == null ? Set.of() : form.outcomes(), form.wagesAmount() == null ? null
                        : new Money(form.wagesAmount(), blankToNull(form.wagesCurrency())), form.resolvedOn()), form);
    }

    @PostMapping("/grievances/{id}/closure")
    String close(@PathVariable UUID id, @ModelAttribute ClosureForm form, BindingResult binding,
                 @AuthenticationPrincipal UserAccount user, HttpSession session, Model model,
                 HttpServletResponse response) {
        GrievanceId grievance = new GrievanceId(id);
        return send(id, "closure", binding, new Reader(user, session), model, response, () -> new CloseGrievance(grievance, form.closedOn()),
                form);
    }

    /**
     * Sends one of the case page's forms; a refusal is told on that form, its fields named {@code <form>-<field>}.
     */
    private String send(UUID id, String formName, BindingResult binding, Reader reader, Model model,
                        HttpServletResponse response, java.util.function.Supplier<Object> command, Object form) {
        find(id);
        FormErrors unreadable = FormErrors.none();
        binding.getFieldErrors().forEach(error -> unreadable.field(formName + "-" + error.getField(),
                "field.invalid", messages));
        FormErrors errors = unreadable;
        if (!errors.any()) {
            try {
                commands.send(new GrievanceId(id), command.get(), form, Object.class);
                return "redirect:/grievances/" + id + "?" + formName.replaceFirst("-.*", "");
            } catch (RuntimeException refused) {
                errors = told(refused, formName + "-");
            }
        }
        response.setStatus(errors.status().value());
        return casePage(model, id, reader.user(), reader.session(), formName, errors);
    }

    private FormErrors told(RuntimeException refused, String prefix) {
        return FormErrors.of(refused, field -> field == null ? null : prefix + formField(field), messages);
    }

    /** The form's name for a field a command names. */
    private static String formField(String commandField) {
        return switch (commandField) {
            case "wagesRecovered", "wagesRecovered.amount" -> "wagesAmount";
            case "wagesRecovered.currency" -> "wagesCurrency";
            default -> commandField;
        };
    }

    private GrievanceView find(UUID id) {
        return queries.one(GRIEVANCES, new FindGrievance(new GrievanceId(id), access.grievanceReaders()),
                GrievanceView.class, "grievance", id);
    }

    /**
     * The case; its file only with a purpose the reader gave for it, logged with it. Without one, what anyone who
     * may read the grievance sees, and a form asking why, if the file is theirs to read.
     */
    private String casePage(Model model, UUID id, UserAccount user, HttpSession session, String failedForm,
                            FormErrors errors) {
        GrievanceView grievance = find(id);
        Optional<String> purpose = grievance.caseFile() == null ? Optional.empty()
                : purposes.current(session, user.username(), id);
        if (purpose.isPresent()) {
            accessLog.record(AccessKind.GRIEVANCE_CASE_FILE, List.of(id), null, purpose.get());
        } else {
            accessLog.read(AccessKind.GRIEVANCE, List.of(id));
        }
        model.addAttribute("grievance", purpose.isPresent() ? grievance : grievance.withoutCaseFile());
        model.addAttribute("caseFileReadable", grievance.caseFile() != null);
        model.addAttribute("purpose", purpose.orElse(null));
        model.addAttribute("suggestedPurposes", SUGGESTED_PURPOSES);
        model.addAttribute("failed", failedForm);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("indicators", Arrays.stream(GrievanceCategory.values())
                .filter(GrievanceCategory::forcedLabourIndicator).toList());
        model.addAttribute("outcomes", ScreeningOutcome.values());
        model.addAttribute("authorities", ScreeningAuthority.values());
        model.addAttribute("targets", ReferralTarget.values());
        model.addAttribute("answers", ReferralAnswer.values());
        model.addAttribute("resolutions", GrievanceOutcome.values());
        return "grievances/case";
    }

    private String intakePage(Model model, IntakeForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", GrievanceChannel.values());
        model.addAttribute("categories", GrievanceCategory.values());
        return "grievances/intake";
    }
}
