package io.tabien.registry.webapp.labour;

import io.tabien.contracts.labour.AgencyId;
import io.tabien.contracts.labour.AgencyStatus;
import io.tabien.contracts.labour.AgencyView;
import io.tabien.contracts.labour.CloseAgency;
import io.tabien.contracts.labour.ContractView;
import io.tabien.contracts.labour.FindAgencies;
import io.tabien.contracts.labour.FindAgency;
import io.tabien.contracts.labour.FindContracts;
import io.tabien.contracts.labour.LicenceEventView;
import io.tabien.contracts.labour.LicenseAgency;
import io.tabien.contracts.labour.ReinstateLicence;
import io.tabien.contracts.labour.RenewLicence;
import io.tabien.contracts.labour.RevokeLicence;
import io.tabien.contracts.labour.Sector;
import io.tabien.contracts.labour.SuspendLicence;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.tabien.registry.webapp.FormText.blankToNull;
import static io.tabien.registry.webapp.ReadModels.AGENCIES;
import static io.tabien.registry.webapp.ReadModels.CONTRACTS;

/**
 * The labour officer's licence register: agencies with their standing on a chosen day, licensing one, and an
 * agency's page with its licence drawn as bands of its standing through time, its contracts, and the changes made to
 * a licence (renew, suspend, reinstate, revoke, close).
 */
@Controller
class AgencyPages {

    /** The band drawing runs this many days past the last change or today, whichever is later. */
    private static final int DAYS_AFTER = 30;

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final FormSubmission forms;
    private final Clock clock;

    AgencyPages(Commands commands, Queries queries, ReadAccess access, FormSubmission forms, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.forms = forms;
        this.clock = clock;
    }

    /** {@code id} is chosen when the form is shown, so that a form sent twice licenses one agency. */
    record LicenseForm(UUID id, String name, String licenceNumber, String address,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licensedFrom,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licensedUntil,
                       String destinations, Set<Sector> sectors) {
    }

    record RenewalForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate renewedOn,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licensedUntil) {
    }

    record SuspensionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, String reason) {
    }

    record DayForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, String reason) {
    }

    /** A stretch of days with one standing; {@code width} is its share of the drawing, in percent. */
    record Band(AgencyStatus status, LocalDate from, LocalDate until, double width) {
    }

    @GetMapping("/agencies")
    String register(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    @RequestParam(required = false) AgencyStatus status, Model model) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        model.addAttribute("asOf", day);
        model.addAttribute("status", status);
        model.addAttribute("statuses", AgencyStatus.values());
        model.addAttribute("agencies", queries.list(AGENCIES, new FindAgencies(status, day), AgencyView.class));
        return "labour/agencies";
    }

    @GetMapping("/agencies/new")
    String licenseForm(Model model) {
        return licensePage(model, new LicenseForm(UUID.randomUUID(), null, null, null, null, null, null, null),
                FormErrors.none());
    }

    @PostMapping("/agencies")
    String license(@ModelAttribute LicenseForm form, BindingResult binding, Model model,
                   HttpServletResponse response) {
        UUID id = form.id() == null ? UUID.randomUUID() : form.id();
        AgencyId agency = new AgencyId(id);
        return forms.send(binding, () -> commands.send(agency, new LicenseAgency(agency, blankToNull(form.name()),
                        blankToNull(form.licenceNumber()), blankToNull(form.address()), form.licensedFrom(),
                        form.licensedUntil(), countries(form.destinations()), form.sectors()), form, AgencyId.class),
                "redirect:/agencies/" + id + "?licensed", field -> field,
                errors -> {
                    response.setStatus(errors.status().value());
                    return licensePage(model, form, errors);
                }, "redirect:/agencies/" + id);
    }

    @GetMapping("/agencies/{id}")
    String agency(@PathVariable UUID id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  Model model) {
        return agencyPage(model, id, asOf, Map.of());
    }

    @PostMapping("/agencies/{id}/renewal")
    String renew(@PathVariable UUID id, @ModelAttribute RenewalForm form, BindingResult binding, Model model,
                 HttpServletResponse response) {
        AgencyId agency = new AgencyId(id);
        return change(id, "renew", binding, () -> commands.send(agency, new RenewLicence(agency, form.renewedOn(),
                form.licensedUntil()), form, Void.class), "?renewed", model, response);
    }

    @PostMapping("/agencies/{id}/suspension")
    String suspend(@PathVariable UUID id, @ModelAttribute SuspensionForm form, BindingResult binding, Model model,
                   HttpServletResponse response) {
        AgencyId agency = new AgencyId(id);
        return change(id, "suspend", binding, () -> commands.send(agency, new SuspendLicence(agency, form.from(),
                form.until(), blankToNull(form.reason())), form, Void.class), "?suspended", model, response);
    }

    @PostMapping("/agencies/{id}/reinstatement")
    String reinstate(@PathVariable UUID id, @ModelAttribute DayForm form, BindingResult binding, Model model,
                     HttpServletResponse response) {
        AgencyId agency = new AgencyId(id);
        return change(id, "reinstate", binding, () -> commands.send(agency, new ReinstateLicence(agency, form.on()),
                form, Void.class), "?reinstated", model, response);
    }

    @PostMapping("/agencies/{id}/revocation")
    String revoke(@PathVariable UUID id, @ModelAttribute DayForm form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        AgencyId agency = new AgencyId(id);
        return change(id, "revoke", binding, () -> commands.send(agency, new RevokeLicence(agency, form.on(),
                blankToNull(form.reason())), form, Void.class), "?revoked", model, response);
    }

    @PostMapping("/agencies/{id}/closure")
    String close(@PathVariable UUID id, @ModelAttribute DayForm form, BindingResult binding, Model model,
                 HttpServletResponse response) {
        AgencyId agency = new AgencyId(id);
        return change(id, "close", binding, () -> commands.send(agency, new CloseAgency(agency, form.on(),
                blankToNull(form.reason())), form, Void.class), "?closed", model, response);
    }

    private String change(UUID id, String action, BindingResult binding, Supplier<?> send, String done, Model model,
                          HttpServletResponse response) {
        return forms.send(binding, send, "redirect:/agencies/" + id + done,
                field -> "closedOn".equals(field) ? "on" : field,
                errors -> {
                    response.setStatus(errors.status().value());
                    return agencyPage(model, id, null, Map.of(action, errors));
                }, null);
    }

    private String licensePage(Model model, LicenseForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sectors", Sector.values());
        return "labour/license";
    }

    private String agencyPage(Model model, UUID id, LocalDate asOf, Map<String, FormErrors> errors) {
        AgencyView agency = find(id, asOf);
        model.addAttribute("agency", agency);
        model.addAttribute("bands", bands(agency));
        model.addAttribute("contracts", queries.list(CONTRACTS, new FindContracts(null, id, access.contractReaders()),
                ContractView.class));
        for (String action : new String[]{"renew", "suspend", "reinstate", "revoke", "close"}) {
            model.addAttribute(action + "Errors", errors.getOrDefault(action, FormErrors.none()));
        }
        return "labour/agency";
    }

    private AgencyView find(UUID id, LocalDate asOf) {
        return queries.one(AGENCIES, new FindAgency(new AgencyId(id), asOf), AgencyView.class, "agency", id);
    }

    /**
     * The licence's standing from its first day on, as the registry judges it on each day its standing may change:
     * the first and the day after the last day of each step of its timeline, and the day after its licence ends.
     */
    private List<Band> bands(AgencyView agency) {
        TreeSet<LocalDate> changes = new TreeSet<>();
        changes.add(agency.licensedFrom());
        changes.add(agency.licensedUntil().plusDays(1));
        for (LicenceEventView step : agency.timeline()) {
            if (step.firstDay() != null) {
                changes.add(step.firstDay());
            }
            if (step.lastDay() != null) {
                changes.add(step.lastDay().plusDays(1));
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate end = (today.isAfter(changes.last()) ? today : changes.last()).plusDays(DAYS_AFTER);
        List<LocalDate> days = new ArrayList<>(changes.tailSet(agency.licensedFrom(), true));
        days.add(end);
        double total = ChronoUnit.DAYS.between(agency.licensedFrom(), end);
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < days.size() - 1; i++) {
            LocalDate from = days.get(i);
            AgencyStatus status = find(agency.id().value(), from).status();
            LocalDate until = days.get(i + 1).minusDays(1);
            if (!bands.isEmpty() && bands.get(bands.size() - 1).status() == status) {
                Band last = bands.remove(bands.size() - 1);
                from = last.from();
            }
            bands.add(new Band(status, from, until, 100 * (ChronoUnit.DAYS.between(from, until) + 1) / total));
        }
        return bands;
    }

    /** Destinations typed as ISO codes separated by commas or spaces. */
    private static Set<String> countries(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return Arrays.stream(typed.split("[,\\s]+")).filter(code -> !code.isBlank())
                .map(code -> code.toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
