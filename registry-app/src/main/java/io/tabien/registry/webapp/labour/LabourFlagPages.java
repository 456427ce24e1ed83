package io.tabien.registry.webapp.labour;

import io.tabien.contracts.civil.FindPerson;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonView;
import io.tabien.contracts.flags.FindFlags;
import io.tabien.contracts.flags.FlagView;
import io.tabien.contracts.labour.RegisterReturn;
import io.tabien.contracts.labour.ReturnRecordId;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.platform.reference.Geography;
import io.tabien.registry.platform.reference.ProvinceView;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.Queries;
import io.tabien.registry.webapp.FormErrors;
import io.tabien.registry.webapp.FormSubmission;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.tabien.registry.webapp.FormText.blankToNull;
import static io.tabien.registry.webapp.ReadModels.FLAGS;

/**
 * The open irregular-migration and unlawful-fee flags, counted by province and rule, with the flags of a chosen
 * province and rule listed; and a worker's return registered when no contract of theirs is on file.
 */
@Controller
class LabourFlagPages {

    private static final List<String> CATEGORIES = List.of("irregular-migration", "unlawful-fee");
    private static final int LIMIT = 1000;

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final Geography geography;
    private final FormSubmission forms;

    LabourFlagPages(Commands commands, Queries queries, ReadAccess access, Geography geography,
                    FormSubmission forms) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.geography = geography;
        this.forms = forms;
    }

    /** {@code id} is chosen when the form is shown, so that a form sent twice registers one return. */
    record ReturnForm(UUID id, UUID workerPersonId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate returnedOn,
                      String checkpoint, String fromCountry, Boolean workedAbroad) {
    }

    @GetMapping("/labour-flags")
    String flags(@RequestParam(required = false) String province, @RequestParam(required = false) String rule,
                 Model model) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        TreeSet<String> rules = new TreeSet<>();
        for (ProvinceView place : geography.provinces()) {
            Map<String, Long> byRule = open(place.code(), null).stream()
                    .collect(Collectors.groupingBy(FlagView::rule, TreeMap::new, Collectors.counting()));
            rules.addAll(byRule.keySet());
            counts.put(place.code(), byRule);
        }
        model.addAttribute("provinces", geography.provinces());
        model.addAttribute("counts", counts);
        model.addAttribute("rules", rules);
        model.addAttribute("province", province);
        model.addAttribute("rule", rule);
        model.addAttribute("flags", province == null && rule == null ? List.of() : open(province, rule));
        return "labour/flags";
    }

    @GetMapping("/returns/new")
    String returnForm(Model model) {
        return returnPage(model, new ReturnForm(UUID.randomUUID(), null, null, null, null, null), FormErrors.none());
    }

    @PostMapping("/returns")
    String registerReturn(@ModelAttribute ReturnForm form, BindingResult binding, Model model,
                          HttpServletResponse response) {
        UUID id = form.id() == null ? UUID.randomUUID() : form.id();
        ReturnRecordId record = new ReturnRecordId(id);
        return forms.send(binding, () -> commands.send(record, new RegisterReturn(record,
                        form.workerPersonId() == null ? null : new PersonId(form.workerPersonId()), form.returnedOn(),
                        blankToNull(form.checkpoint()), form.fromCountry() == null || form.fromCountry().isBlank()
                        ? null : form.fromCountry().strip().toUpperCase(Locale.ROOT),
                        Boolean.TRUE.equals(form.workedAbroad())), form, ReturnRecordId.class),
                "redirect:/returns/new?registered", field -> "personId".equals(field) ? "workerPersonId" : field,
                errors -> {
                    response.setStatus(errors.status().value());
                    return returnPage(model, form, errors);
                }, "redirect:/returns/new?registered");
    }

    private List<FlagView> open(String province, String rule) {
        return CATEGORIES.stream()
                .flatMap(category -> queries.list(FLAGS, new FindFlags(category, rule, province, true, LIMIT,
                        access.flagReaders(), null), FlagView.class).stream())
                .toList();
    }

    private String returnPage(Model model, ReturnForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("worker", worker(form.workerPersonId()));
        model.addAttribute("found", List.of());
        model.addAttribute("searched", false);
        return "labour/return";
    }

    private PersonView worker(UUID personId) {
        if (personId == null) {
            return null;
        }
        try {
            return queries.one("person-registry", new FindPerson(new PersonId(personId), access.civilJurisdiction()),
                    PersonView.class, "person", personId);
        } catch (NotFound unknown) {
            return null;
        }
    }
}
