package io.tabien.registry.webapp.passports;

import io.tabien.registry.audit.access.AccessKind;
import io.tabien.registry.audit.access.AccessLog;
import io.tabien.contracts.civil.FindPerson;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonView;
import io.tabien.contracts.documents.Custodian;
import io.tabien.contracts.documents.FindPassport;
import io.tabien.contracts.documents.FindPassports;
import io.tabien.contracts.documents.IssuePassport;
import io.tabien.contracts.documents.PassportId;
import io.tabien.contracts.documents.PassportView;
import io.tabien.contracts.documents.ReportPassportLost;
import io.tabien.contracts.documents.ReturnPassportToHolder;
import io.tabien.contracts.documents.RevokePassport;
import io.tabien.contracts.documents.TransferPassportCustody;
import io.tabien.contracts.flags.FindFlags;
import io.tabien.contracts.flags.FlagView;
import io.tabien.registry.documents.ZoneAsTyped;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.Queries;
import io.tabien.registry.webapp.FormErrors;
import io.tabien.registry.webapp.FormSubmission;
import io.tabien.registry.webapp.PersonPicker;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static io.tabien.registry.webapp.FormText.blankToNull;
import static io.tabien.registry.webapp.FormText.upperCase;
import static io.tabien.registry.webapp.ReadModels.FLAGS;
import static io.tabien.registry.webapp.ReadModels.PASSPORTS;
import static io.tabien.registry.webapp.ReadModels.PERSON_REGISTRY;

/**
 * The passport officer's screens: issuing a passport with its machine-readable zone judged as it is typed, a
 * passport's page with its custody as a timeline and the changes recorded on it, and the open withheld-document
 * flags, oldest first.
 */
@Controller
class PassportPages {

    private static final String WITHHELD_DOCUMENT = "withheld-document";
    private static final int FLAG_LIMIT = 200;

    private final Commands commands;
    private final Queries queries;
    private final PersonPicker picker;
    private final ReadAccess access;
    private final FormSubmission forms;
    private final AccessLog accessLog;

    PassportPages(Commands commands, Queries queries, ReadAccess access, FormSubmission forms,
                  PersonPicker picker, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.commands = commands;
        this.queries = queries;
        this.picker = picker;
        this.access = access;
        this.forms = forms;
    }

    /** {@code id} is chosen when the form is shown, so that a form sent twice issues one passport. */
    record IssueForm(UUID id, UUID holderPersonId, String passportNumber,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                     String mrzLine1, String mrzLine2) {

        /** The zone's own parts are told next to the line they are on. */
        static String formField(String commandField) {
            if (commandField == null || !commandField.startsWith("mrz.")) {
                return commandField;
            }
            return switch (commandField) {
                case "mrz.line1", "mrz.documentCode", "mrz.issuingState" -> "mrzLine1";
                default -> "mrzLine2";
            };
        }
    }

    record CustodyForm(Custodian custodian, String custodianName, String country,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since, Boolean holderConsent,
                       String note) {
    }

    record ReturnForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate returnedOn) {
    }

    record LossForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn, String reason) {
    }

    record RevocationForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate revokedOn, String reason) {
    }

    /** The open withheld-document flags, oldest first, and a passport found by its number. */
    @GetMapping("/passports")
    String passports(@RequestParam(required = false) String number, Model model, HttpServletResponse response) {
        String wanted = blankToNull(number);
        if (wanted != null) {
            List<PassportView> found = queries.list(PASSPORTS, new FindPassports(null, wanted.toUpperCase()),
                    PassportView.class);
            accessLog.searched(AccessKind.PASSPORT, found.stream().map(passport -> passport.id().value()).toList());
            if (found.size() == 1) {
                return "redirect:/passports/" + found.get(0).id().value();
            }
            model.addAttribute("notFound", found.isEmpty());
            if (found.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        }
        List<FlagView> flags = queries.list(FLAGS, new FindFlags(WITHHELD_DOCUMENT, null, null, true, FLAG_LIMIT,
                access.flagReaders(), null), FlagView.class).stream()
                .sorted(Comparator.comparing(FlagView::raisedAt).thenComparing(FlagView::id))
                .toList();
        model.addAttribute("number", wanted);
        model.addAttribute("flags", flags);
        return "passports/passports";
    }

    @GetMapping("/passports/new")
    String issueForm(Model model) {
        return issuePage(model, new IssueForm(UUID.randomUUID(), null, null, null, null, null, null),
                FormErrors.none());
    }

    /** Persons found by name to be a passport's holder, as radio buttons of the issue form. */
    @GetMapping("/passports/holders")
    String holders(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("found", picker.found(q));
        model.addAttribute("searched", q != null && !q.isBlank());
        model.addAttribute("holder", null);
        return "passports/issue :: holders";
    }

    /** The zone as typed so far, judged against the chosen holder's civil record. */
    @GetMapping("/passports/zone")
    String zone(@RequestParam(required = false) String mrzLine1, @RequestParam(required = false) String mrzLine2,
                @RequestParam(required = false) UUID holderPersonId, Model model) {
        model.addAttribute("zone", judge(mrzLine1, mrzLine2, holder(holderPersonId)));
        return "passports/issue :: checks";
    }

    @PostMapping("/passports")
    String issue(@ModelAttribute IssueForm form, BindingResult binding, Model model, HttpServletResponse response) {
        UUID id = form.id() == null ? UUID.randomUUID() : form.id();
        PassportId passport = new PassportId(id);
        String line1 = ZoneAsTyped.normalized(form.mrzLine1());
        String line2 = ZoneAsTyped.normalized(form.mrzLine2());
        IssueForm typed = new IssueForm(id, form.holderPersonId(), form.passportNumber(), form.issuedOn(),
                form.expiresOn(), line1, line2);
        return forms.send(binding, () -> commands.send(passport, new IssuePassport(passport,
                        form.holderPersonId() == null ? null : new PersonId(form.holderPersonId()),
                        upperCase(blankToNull(form.passportNumber())), form.issuedOn(), form.expiresOn(),
                        blankToNull(line1), blankToNull(line2)), typed, PassportId.class),
                "redirect:/passports/" + id + "?issued", IssueForm::formField,
                errors -> {
                    response.setStatus(errors.status().value());
                    return issuePage(model, typed, errors);
                }, "redirect:/passports/" + id);
    }

    @GetMapping("/passports/{id}")
    String passport(@PathVariable UUID id, Model model) {
        PassportView passport = find(id);
        accessLog.read(AccessKind.PASSPORT, List.of(id));
        return passportPage(model, passport, Map.of());
    }

    @PostMapping("/passports/{id}/custody")
    String custody(@PathVariable UUID id, @ModelAttribute CustodyForm form, BindingResult binding, Model model,
                   HttpServletResponse response) {
        PassportId passport = new PassportId(id);
        return change(id, "custody", binding, () -> commands.send(passport, new TransferPassportCustody(passport,
                form.custodian(), blankToNull(form.custodianName()), null, upperCase(blankToNull(form.country())),
                form.since(), Boolean.TRUE.equals(form.holderConsent()), blankToNull(form.note())), form,
                Void.class), "?custody", model, response);
    }

    @PostMapping("/passports/{id}/return")
    String giveBack(@PathVariable UUID id, @ModelAttribute ReturnForm form, BindingResult binding, Model model,
                    HttpServletResponse response) {
        PassportId passport = new PassportId(id);
        return change(id, "return", binding, () -> commands.send(passport,
                new ReturnPassportToHolder(passport, form.returnedOn()), form, Void.class), "?returned", model,
                response);
    }

    @PostMapping("/passports/{id}/loss")
    String lost(@PathVariable UUID id, @ModelAttribute LossForm form, BindingResult binding, Model model,
                HttpServletResponse response) {
        PassportId passport = new PassportId(id);
        return change(id, "loss", binding, () -> commands.send(passport,
                new ReportPassportLost(passport, form.reportedOn(), blankToNull(form.reason())), form, Void.class),
                "?lost", model, response);
    }

    @PostMapping("/passports/{id}/revocation")
    String revoke(@PathVariable UUID id, @ModelAttribute RevocationForm form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        PassportId passport = new PassportId(id);
        return change(id, "revocation", binding, () -> commands.send(passport,
                new RevokePassport(passport, form.revokedOn(), blankToNull(form.reason())), form, Void.class),
                "?revoked", model, response);
    }

    /** One change to a passport: done, back to it saying so; refused, the passport again with the refusal on its form. */
    private String change(UUID id, String action, BindingResult binding, Supplier<?> send, String done, Model model,
                          HttpServletResponse response) {
        return forms.send(binding, send, "redirect:/passports/" + id + done, UnaryOperator.identity(),
                errors -> {
                    response.setStatus(errors.status().value());
                    return passportPage(model, find(id), Map.of(action, errors));
                }, null);
    }

    private PassportView find(UUID id) {
        return queries.one(PASSPORTS, new FindPassport(new PassportId(id)), PassportView.class, "passport", id);
    }

    private PersonView holder(UUID personId) {
        if (personId == null) {
            return null;
        }
        try {
            return queries.one(PERSON_REGISTRY, new FindPerson(new PersonId(personId), access.civilJurisdiction()),
                    PersonView.class, "person", personId);
        } catch (NotFound unknown) {
            return null;
        }
    }

    private static ZoneAsTyped judge(String line1, String line2, PersonView holder) {
        return ZoneAsTyped.judge(ZoneAsTyped.normalized(line1), ZoneAsTyped.normalized(line2),
                holder == null ? null : holder.dateOfBirth(), holder == null ? null : holder.sex());
    }

    private String issuePage(Model model, IssueForm form, FormErrors errors) {
        PersonView holder = holder(form.holderPersonId());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("holder", holder);
        model.addAttribute("found", List.of());
        model.addAttribute("searched", false);
        model.addAttribute("zone", judge(form.mrzLine1(), form.mrzLine2(), holder));
        return "passports/issue";
    }

    private String passportPage(Model model, PassportView passport, Map<String, FormErrors> errors) {
        model.addAttribute("passport", passport);
        model.addAttribute("holder", holder(passport.holderPersonId().value()));
        for (String action : new String[]{"custody", "return", "loss", "revocation"}) {
            model.addAttribute(action + "Errors", errors.getOrDefault(action, FormErrors.none()));
        }
        model.addAttribute("custodians", Custodian.values());
        return "passports/passport";
    }

}
