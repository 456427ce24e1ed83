package io.tabien.registry.webapp;

import io.tabien.registry.audit.access.AccessKind;
import io.tabien.registry.audit.access.AccessLog;
import io.tabien.contracts.civil.AddFamilyMember;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.CertificateSummary;
import io.tabien.contracts.civil.ChangeHeadOfHousehold;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.FamilyBookView;
import io.tabien.contracts.civil.FindFamilyBook;
import io.tabien.contracts.civil.FindFamilyBookByNumber;
import io.tabien.contracts.civil.FindPerson;
import io.tabien.contracts.civil.IssueFamilyBook;
import io.tabien.contracts.civil.MembershipReason;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonView;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Relationship;
import io.tabien.contracts.civil.RemovalReason;
import io.tabien.contracts.civil.RemoveFamilyMember;
import io.tabien.contracts.civil.ReplaceFamilyBook;
import io.tabien.contracts.civil.ReplacementReason;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.Queries;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.tabien.registry.webapp.FormText.blankToNull;

/**
 * Family books: issuing one, finding one by its number, and on a book's page its members and history, with the four
 * changes a registrar makes to it (add or remove a member, change the head, replace a lost book).
 */
@Controller
class FamilyBookPages {

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final OfficePlaces officePlaces;
    private final PersonNames names;
    private final PersonPicker picker;
    private final FormSubmission forms;
    private final AccessLog accessLog;

    FamilyBookPages(Commands commands, Queries queries, ReadAccess access, OfficePlaces officePlaces,
                    PersonNames names, PersonPicker picker, FormSubmission forms, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.officePlaces = officePlaces;
        this.names = names;
        this.picker = picker;
        this.forms = forms;
    }

    /** {@code id} is chosen when the form is shown, so that a form sent twice issues one book. */
    record IssueForm(UUID id, String bookNumber, String province, String district, String village,
                     UUID headPersonId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn) {

        static String formField(String commandField) {
            return commandField == null ? null : commandField.startsWith("address.")
                    ? commandField.substring("address.".length()) : commandField;
        }
    }

    /* The changes carry the book's version they were filled in on: a stale one is refused, never applied. */

    record MemberForm(UUID personId, Relationship relationship, MembershipReason reason,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate, Long version) {
    }

    record RemovalForm(UUID personId, RemovalReason reason,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate, Long version) {
    }

    record HeadForm(UUID personId, Long version) {
    }

    record ReplacementForm(String newBookNumber, ReplacementReason reason, Long version) {
    }

    @GetMapping("/family-books")
    String books(@RequestParam(required = false) String number, @RequestParam(required = false) String district,
                 Model model, HttpServletResponse response) {
        OfficePlaces.Choice places = officePlaces.choice();
        String wanted = blankToNull(number);
        if (wanted != null && blankToNull(district) != null) {
            try {
                FamilyBookView book = queries.one(ReadModels.FAMILY_BOOKS, new FindFamilyBookByNumber(wanted,
                        district, access.civilJurisdiction()), FamilyBookView.class, "family book numbered", wanted);
                accessLog.searched(AccessKind.FAMILY_BOOK, List.of(book.id().value()));
                return "redirect:/family-books/" + book.id().value();
            } catch (NotFound unknown) {
                model.addAttribute("notFound", true);
                response.setStatus(HttpStatus.NOT_FOUND.value());
            }
        }
        model.addAttribute("number", wanted);
        model.addAttribute("district", district != null ? district : places.onlyDistrict());
        return issuePage(model, new IssueForm(UUID.randomUUID(), null, places.onlyProvince(), places.onlyDistrict(),
                null, null, null), FormErrors.none());
    }

    @PostMapping("/family-books")
    String issue(@ModelAttribute IssueForm form, BindingResult binding, Model model, HttpServletResponse response) {
        UUID id = form.id() == null ? UUID.randomUUID() : form.id();
        FamilyBookId book = new FamilyBookId(id);
        return forms.send(binding, () -> commands.send(book, new IssueFamilyBook(book, blankToNull(form.bookNumber()),
                        new Place(blankToNull(form.province()), blankToNull(form.district()),
                                blankToNull(form.village())),
                        form.headPersonId() == null ? null : new PersonId(form.headPersonId()),
                        form.issuedOn() == null ? null : form.issuedOn()), form, FamilyBookId.class),
                "redirect:/family-books/" + id + "?issued", IssueForm::formField,
                errors -> {
                    response.setStatus(errors.status().value());
                    return issuePage(model, form, errors);
                }, "redirect:/family-books/" + id);
    }

    @GetMapping("/family-books/{id}")
    String book(@PathVariable UUID id, Model model) {
        FamilyBookView book = find(id);
        accessLog.read(AccessKind.FAMILY_BOOK, List.of(id));
        return bookPage(model, book, Map.of());
    }

    @PostMapping("/family-books/{id}/members")
    String addMember(@PathVariable UUID id, @ModelAttribute MemberForm form, BindingResult binding, Model model,
                     HttpServletResponse response) {
        FamilyBookId book = new FamilyBookId(id);
        return change(id, "add", binding, () -> commands.send(book, new AddFamilyMember(book,
                form.personId() == null ? null : new PersonId(form.personId()), form.relationship(), form.reason(),
                form.effectiveDate(), form.version()), form, Void.class), "?added", model, response);
    }

    @PostMapping("/family-books/{id}/removal")
    String removeMember(@PathVariable UUID id, @ModelAttribute RemovalForm form, BindingResult binding, Model model,
                        HttpServletResponse response) {
        FamilyBookId book = new FamilyBookId(id);
        return change(id, "remove", binding, () -> commands.send(book, new RemoveFamilyMember(book,
                form.personId() == null ? null : new PersonId(form.personId()), form.reason(), form.effectiveDate(),
                form.version()), form, Void.class), "?removed", model, response);
    }

    @PostMapping("/family-books/{id}/head")
    String changeHead(@PathVariable UUID id, @ModelAttribute HeadForm form, BindingResult binding, Model model,
                      HttpServletResponse response) {
        FamilyBookId book = new FamilyBookId(id);
        return change(id, "head", binding, () -> commands.send(book, new ChangeHeadOfHousehold(book,
                form.personId() == null ? null : new PersonId(form.personId()), form.version()), form, Void.class),
                "?head",
                model, response);
    }

    @PostMapping("/family-books/{id}/replacement")
    String replace(@PathVariable UUID id, @ModelAttribute ReplacementForm form, BindingResult binding, Model model,
                   HttpServletResponse response) {
        FamilyBookId book = new FamilyBookId(id);
        return change(id, "replace", binding, () -> commands.send(book, new ReplaceFamilyBook(book,
                blankToNull(form.newBookNumber()), form.reason(), form.version()), form, Void.class),
                "?replaced",
                model, response);
    }

    /** One change to a book: done, back to the book saying so; refused, the book again with the refusal on its form. */
    private String change(UUID id, String action, BindingResult binding, Supplier<?> send, String done, Model model,
                          HttpServletResponse response) {
        return forms.send(binding, send, "redirect:/family-books/" + id + done, field -> "newHeadPersonId".equals(field)
                        ? "personId" : field,
                errors -> {
                    response.setStatus(errors.status().value());
                    return bookPage(model, find(id), Map.of(action, errors));
                }, null);
    }

    private FamilyBookView find(UUID id) {
        return queries.one(ReadModels.FAMILY_BOOKS, new FindFamilyBook(new FamilyBookId(id),
                access.civilJurisdiction()), FamilyBookView.class, "family book", id);
    }

    private String issuePage(Model model, IssueForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("places", officePlaces.choice());
        model.addAttribute("head", picker.picked(form.headPersonId()));
        model.addAttribute("found", List.of());
        return "family-books/books";
    }

    private String bookPage(Model model, FamilyBookView book, Map<String, FormErrors> errors) {
        Map<UUID, String> memberNames = new LinkedHashMap<>();
        book.members().forEach(member -> memberNames.put(member.personId().value(), names.of(member.personId())));
        model.addAttribute("book", book);
        model.addAttribute("memberNames", memberNames);
        model.addAttribute("headName", book.headPersonId() == null ? null : names.of(book.headPersonId()));
        model.addAttribute("extracts", extracts(book));
        for (String action : new String[]{"add", "remove", "head", "replace"}) {
            model.addAttribute(action + "Errors", errors.getOrDefault(action, FormErrors.none()));
        }
        model.addAttribute("found", List.of());
        model.addAttribute("picked", null);
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("membershipReasons", MembershipReason.values());
        model.addAttribute("removalReasons", RemovalReason.values());
        model.addAttribute("replacementReasons", ReplacementReason.values());
        return "family-books/book";
    }

    /** The book's extracts, as its members' pages list them: every member's list holds them. */
    private List<CertificateSummary> extracts(FamilyBookView book) {
        if (book.headPersonId() == null) {
            return List.of();
        }
        try {
            return queries.one(ReadModels.PERSON_REGISTRY, new FindPerson(book.headPersonId(),
                            access.civilJurisdiction()), PersonView.class, "person", book.headPersonId())
                    .certificates().stream()
                    .filter(issued -> issued.kind() == CertificateKind.FAMILY_BOOK_EXTRACT
                            && issued.recordId().equals(book.id().value()))
                    .toList();
        } catch (NotFound hidden) {
            return List.of();
        }
    }
}
