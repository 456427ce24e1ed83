package io.tabien.registry.webapp;

import io.tabien.registry.audit.access.AccessKind;
import io.tabien.registry.audit.access.AccessLog;
import io.tabien.contracts.HistoryEntry;
import io.tabien.contracts.civil.BirthRecordChanges;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.CorrectBirthRecord;
import io.tabien.contracts.civil.FamilyBookView;
import io.tabien.contracts.civil.FindFamilyBook;
import io.tabien.contracts.civil.FindPerson;
import io.tabien.contracts.civil.ParentReference;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonView;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.RegisterDeath;
import io.tabien.contracts.civil.Sex;
import io.tabien.contracts.flags.FindPersonFlags;
import io.tabien.contracts.flags.FlagView;
import io.tabien.registry.audit.state.AggregateStates;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.Queries;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static io.tabien.registry.webapp.FormText.blankToNull;

/**
 * A person's page: the record as it is now, their household, passports, flags and the history of the record with the
 * original values of corrected fields; and the two things a registrar does to it, correcting it and registering a
 * death.
 */
@Controller
class PersonPages {

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final AggregateStates states;
    private final OfficePlaces officePlaces;
    private final MessageSource messages;
    private final PersonNames names;
    private final Dates dates;
    private final AccessLog accessLog;

    PersonPages(Commands commands, Queries queries, ReadAccess access, AggregateStates states,
                OfficePlaces officePlaces, MessageSource messages, PersonNames names, Dates dates, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.names = names;
        this.dates = dates;
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.states = states;
        this.officePlaces = officePlaces;
        this.messages = messages;
    }

    /** The fields of a correction form, beside the reason and evidence. */
    /** {@code version} is the record's version the form was filled in on: a stale form is refused, never applied. */
    record CorrectionForm(String givenName, String familyName, String givenNameLatin, String familyNameLatin, Sex sex,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth, String reason,
                          String evidence, Long version) {

        static CorrectionForm of(PersonView person) {
            return new CorrectionForm(person.givenName(), person.familyName(), person.givenNameLatin(),
                    person.familyNameLatin(), person.sex(), person.dateOfBirth(), null, null, person.version());
        }

        /** The fields whose value differs from the record's. */
        BirthRecordChanges changesTo(PersonView person) {
            Set<BirthRecordField> fields = EnumSet.noneOf(BirthRecordField.class);
            String givenName = changed(fields, BirthRecordField.givenName, this.givenName, person.givenName());
            String familyName = changed(fields, BirthRecordField.familyName, this.familyName, person.familyName());
            String givenNameLatin = changed(fields, BirthRecordField.givenNameLatin, this.givenNameLatin,
                    person.givenNameLatin());
            String familyNameLatin = changed(fields, BirthRecordField.familyNameLatin, this.familyNameLatin,
                    person.familyNameLatin());
            if (sex != person.sex()) {
                fields.add(BirthRecordField.sex);
            }
            if (!Objects.equals(dateOfBirth, person.dateOfBirth())) {
                fields.add(BirthRecordField.dateOfBirth);
            }
            return new BirthRecordChanges(fields, givenName, familyName, givenNameLatin, familyNameLatin, sex,
                    dateOfBirth, null, null, null, null);
        }

        private static String changed(Set<BirthRecordField> fields, BirthRecordField field, String typed,
                                      String recorded) {
            String value = blankToNull(typed);
            if (!Objects.equals(value, recorded)) {
                fields.add(field);
            }
            return value;
        }
    }

    record DeathForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfDeath, String province,
                     String district, String village, String cause, Long version) {

        static DeathForm empty(OfficePlaces.Choice places) {
            return new DeathForm(null, places.onlyProvince(), places.onlyDistrict(), null, null, null);
        }

        static String formField(String commandField) {
            if (commandField == null) {
                return null;
            }
            return switch (commandField) {
                case "placeOfDeath", "placeOfDeath.province" -> "province";
                case "placeOfDeath.district" -> "district";
                case "placeOfDeath.village" -> "village";
                default -> commandField;
            };
        }
    }

    /** A member of the person's household, by name when the reader may see them. */
    record Member(UUID personId, String name, String relationship, LocalDate since) {
    }

    @GetMapping("/persons/{id}")
    String person(@PathVariable UUID id, Model model) {
        PersonView person = find(id);
        accessLog.read(AccessKind.PERSON, List.of(id));
        return page(model, person, CorrectionForm.of(person), FormErrors.none(),
                DeathForm.empty(officePlaces.choice()), FormErrors.none());
    }

    @PostMapping("/persons/{id}/corrections")
    String correct(@PathVariable UUID id, @ModelAttribute CorrectionForm form, BindingResult binding, Model model,
                   HttpServletResponse response) {
        PersonView person = find(id);
        FormErrors errors = FormErrors.none();
        binding.getFieldErrors().forEach(error -> errors.field(error.getField(), "field.invalid", messages));
        if (!errors.any()) {
            PersonId personId = new PersonId(id);
            try {
                commands.send(personId, new CorrectBirthRecord(personId, form.changesTo(person), form.reason(),
                        blankToNull(form.evidence()), form.version()), form, Void.class);
                return "redirect:/persons/" + id + "?corrected";
            } catch (RuntimeException refused) {
                FormErrors told = FormErrors.of(refused, field -> field.startsWith("changes.")
                        ? field.substring("changes.".length()) : field, messages);
                response.setStatus(told.status().value());
                PersonView now = told.stale() ? find(id) : person;
                return page(model, now, CorrectionForm.of(now), told, DeathForm.empty(officePlaces.choice()),
                        FormErrors.none());
            }
        }
        response.setStatus(errors.status().value());
        return page(model, person, form, errors, DeathForm.empty(officePlaces.choice()), FormErrors.none());
    }

    @PostMapping("/persons/{id}/death")
    String registerDeath(@PathVariable UUID id, @ModelAttribute DeathForm form, BindingResult binding, Model model,
                         HttpServletResponse response) {
        PersonView person = find(id);
        FormErrors errors = FormErrors.none();
        binding.getFieldErrors().forEach(error -> errors.field(error.getField(), "field.invalid", messages));
        FormErrors told = errors;
        if (!errors.any()) {
            PersonId personId = new PersonId(id);
            try {
                commands.send(personId, new RegisterDeath(personId, form.dateOfDeath(),
                        new Place(blankToNull(form.province()), blankToNull(form.district()),
                                blankToNull(form.village())), blankToNull(form.cause()),
                        form.version()), form, Void.class);
                return "redirect:/persons/" + id + "?death";
            } catch (RuntimeException refused) {
                told = FormErrors.of(refused, DeathForm::formField, messages);
            }
        }
        response.setStatus(told.status().value());
        PersonView now = told.stale() ? find(id) : person;
        return page(model, now, CorrectionForm.of(now), FormErrors.none(), form, told);
    }

    private PersonView find(UUID id) {
        return queries.one(ReadModels.PERSON_REGISTRY, new FindPerson(new PersonId(id), access.civilJurisdiction()),
                PersonView.class, "person", id);
    }

    private String page(Model model, PersonView person, CorrectionForm correction, FormErrors correctionErrors,
                        DeathForm death, FormErrors deathErrors) {
        List<FlagView> flags = queries.list(ReadModels.FLAGS, new FindPersonFlags(person.id().value(),
                access.flagReaders(), null), FlagView.class);
        model.addAttribute("person", person);
        model.addAttribute("flags", flags);
        model.addAttribute("household", household(person));
        model.addAttribute("motherName", parentName(person.mother()));
        model.addAttribute("fatherName", parentName(person.father()));
        model.addAttribute("originals", originals(person));
        model.addAttribute("correction", correction);
        model.addAttribute("errors", correctionErrors);
        model.addAttribute("death", death);
        model.addAttribute("deathErrors", deathErrors);
        model.addAttribute("places", officePlaces.choice());
        return "persons/person";
    }

    /** A parent as declared, else by the registered person's names. */
    private String parentName(ParentReference parent) {
        if (parent == null) {
            return null;
        }
        return parent.name() != null ? parent.name() : names.of(parent.personId());
    }

    private List<Member> household(PersonView person) {
        if (person.familyBookId() == null) {
            return List.of();
        }
        FamilyBookView book;
        try {
            book = queries.one(ReadModels.FAMILY_BOOKS, new FindFamilyBook(person.familyBookId(),
                    access.civilJurisdiction()), FamilyBookView.class, "family book", person.familyBookId());
        } catch (NotFound hidden) {
            return List.of();
        }
        List<Member> members = new ArrayList<>();
        book.members().forEach(member -> members.add(new Member(member.personId().value(),
                names.of(member.personId()), member.relationship().name(),
                member.since())));
        return members;
    }

    /**
     * The values a corrected field had when the birth was registered, by field name: the record as its first event
     * left it, folded by the audit's own fold.
     */
    private Map<String, String> originals(PersonView person) {
        Map<String, String> originals = new LinkedHashMap<>();
        List<HistoryEntry> history = person.history();
        if (history.isEmpty() || history.stream().noneMatch(entry -> entry.event().equals("BirthRecordCorrected"))) {
            return originals;
        }
        states.asOf(person.id().value(), history.get(0).storedAt())
                .map(state -> state.state() instanceof PersonView registered ? registered : null)
                .ifPresent(registered -> {
                    put(originals, "givenName", registered.givenName(), person.givenName());
                    put(originals, "familyName", registered.familyName(), person.familyName());
                    put(originals, "givenNameLatin", registered.givenNameLatin(), person.givenNameLatin());
                    put(originals, "familyNameLatin", registered.familyNameLatin(), person.familyNameLatin());
                    put(originals, "sex", registered.sex() == null ? null : registered.sex().name(),
                            person.sex() == null ? null : person.sex().name());
                    put(originals, "dateOfBirth", dates.date(registered.dateOfBirth()),
                            dates.date(person.dateOfBirth()));
                });
        return originals;
    }

    private static void put(Map<String, String> originals, String field, String original, String now) {
        if (!Objects.equals(original, now)) {
            originals.put(field, original == null || original.isEmpty() ? "—" : original);
        }
    }
}
