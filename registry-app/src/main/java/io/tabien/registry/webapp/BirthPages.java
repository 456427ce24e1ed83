package io.tabien.registry.webapp;

import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.FamilyBookView;
import io.tabien.contracts.civil.FindFamilyBookByNumber;
import io.tabien.contracts.civil.PersonId;
import io.tabien.registry.civil.LateRegistration;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.Queries;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.tabien.registry.webapp.FormText.blankToNull;

/** Registering a birth: the form, its live parts (parents found by search, the late-registration marker), sending it. */
@Controller
class BirthPages {

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final OfficePlaces officePlaces;
    private final LateRegistration lateRegistration;
    private final MessageSource messages;
    private final PersonPicker picker;

    BirthPages(Commands commands, Queries queries, ReadAccess access, OfficePlaces officePlaces,
               LateRegistration lateRegistration, MessageSource messages, PersonPicker picker) {
        this.picker = picker;
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.officePlaces = officePlaces;
        this.lateRegistration = lateRegistration;
        this.messages = messages;
    }

    @GetMapping("/births/new")
    String form(Model model) {
        OfficePlaces.Choice places = officePlaces.choice();
        return page(model, BirthForm.empty(places.onlyProvince(), places.onlyDistrict()), FormErrors.none());
    }

    @PostMapping("/births")
    String register(@ModelAttribute("form") BirthForm form, BindingResult binding, Model model,
                    HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        binding.getFieldErrors().forEach(error -> errors.field(error.getField(), "field.invalid", messages));
        FamilyBookId familyBook = errors.any() ? null : familyBook(form, errors);
        if (!errors.any()) {
            UUID id = form.id() == null ? UUID.randomUUID() : form.id();
            BirthForm sent = form.id() == null ? withId(form, id) : form;
            try {
                commands.send(new PersonId(id), sent.toCommand(familyBook), sent, PersonId.class);
                return "redirect:/persons/" + id + "?registered";
            } catch (AggregateStreamCreationException | DuplicateKeyException alreadyRegistered) {
                // The same form was sent before, and that birth is recorded.
                return "redirect:/persons/" + id;
            } catch (RuntimeException refused) {
                FormErrors told = FormErrors.of(refused, BirthForm::formField, messages);
                response.setStatus(told.status().value());
                return page(model, sent, told);
            }
        }
        response.setStatus(errors.status().value());
        return page(model, form, errors);
    }

    /** The marker the birth will carry if it is registered today, by the registry's own rule. */
    @GetMapping("/births/late")
    String late(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
                Model model) {
        model.addAttribute("late", dateOfBirth != null && lateRegistration.isLate(dateOfBirth));
        return "births/form :: late";
    }

    private FamilyBookId familyBook(BirthForm form, FormErrors errors) {
        String number = blankToNull(form.familyBookNumber());
        if (number == null) {
            return null;
        }
        if (blankToNull(form.district()) == null) {
            errors.field("district", "birth.familyBookNeedsDistrict", messages);
            return null;
        }
        try {
            return queries.one(ReadModels.FAMILY_BOOKS, new FindFamilyBookByNumber(number, form.district(),
                    access.civilJurisdiction()), FamilyBookView.class, "family book numbered", number).id();
        } catch (NotFound unknown) {
            errors.field("familyBookNumber", "rule.UnknownFamilyBook", messages);
            return null;
        }
    }

    private String page(Model model, BirthForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("places", officePlaces.choice());
        model.addAttribute("late", form.dateOfBirth() != null && lateRegistration.isLate(form.dateOfBirth()));
        model.addAttribute("mother", picker.picked(form.motherId()));
        model.addAttribute("father", picker.picked(form.fatherId()));
        model.addAttribute("found", List.of());
        return "births/form";
    }

    private static BirthForm withId(BirthForm form, UUID id) {
        return new BirthForm(id, form.givenName(), form.familyName(), form.givenNameLatin(), form.familyNameLatin(),
                form.sex(), form.dateOfBirth(), form.province(), form.district(), form.village(), form.motherId(),
                form.motherName(), form.fatherId(), form.fatherName(), form.informant(), form.familyBookNumber());
    }
}
