package io.tabien.registry.webapp.labour;

import io.tabien.registry.audit.access.AccessKind;
import io.tabien.registry.audit.access.AccessLog;
import io.tabien.contracts.civil.FindPerson;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonView;
import io.tabien.contracts.flags.FindPersonFlags;
import io.tabien.contracts.flags.FlagView;
import io.tabien.contracts.labour.AgencyId;
import io.tabien.contracts.labour.AgencyView;
import io.tabien.contracts.labour.ApproveContract;
import io.tabien.contracts.labour.Channel;
import io.tabien.contracts.labour.ContractId;
import io.tabien.contracts.labour.ContractView;
import io.tabien.contracts.labour.DepositSavings;
import io.tabien.contracts.labour.ExplainContract;
import io.tabien.contracts.labour.FeePayer;
import io.tabien.contracts.labour.FeeType;
import io.tabien.contracts.labour.FindAgencies;
import io.tabien.contracts.labour.FindContract;
import io.tabien.contracts.labour.Money;
import io.tabien.contracts.labour.RecordDeparture;
import io.tabien.contracts.labour.RecordFeePayment;
import io.tabien.contracts.labour.RecordReturn;
import io.tabien.contracts.labour.RefundSavings;
import io.tabien.contracts.labour.RegisterContract;
import io.tabien.contracts.labour.RejectContract;
import io.tabien.contracts.labour.ReturnReason;
import io.tabien.contracts.labour.Sector;
import io.tabien.contracts.labour.TerminateContract;
import io.tabien.registry.labour.ContractSteps;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.tabien.registry.webapp.FormText.blankToNull;
import static io.tabien.registry.webapp.FormText.upperCase;
import static io.tabien.registry.webapp.FormText.lowerCase;
import static io.tabien.registry.webapp.ReadModels.AGENCIES;
import static io.tabien.registry.webapp.ReadModels.CONTRACTS;
import static io.tabien.registry.webapp.ReadModels.FLAGS;
import static io.tabien.registry.webapp.ReadModels.PERSON_REGISTRY;

/**
 * Recruitment contracts as the labour officer keeps them: registering one, and a contract's page offering only the
 * steps its state allows, with its fees, its forced savings by currency, and the flags it raised with their reasons.
 */
@Controller
class ContractPages {

    private final Commands commands;
    private final Queries queries;
    private final PersonPicker picker;
    private final ReadAccess access;
    private final FormSubmission forms;
    private final AccessLog accessLog;

    ContractPages(Commands commands, Queries queries, ReadAccess access, FormSubmission forms,
                  PersonPicker picker, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.commands = commands;
        this.queries = queries;
        this.picker = picker;
        this.access = access;
        this.forms = forms;
    }

    /** {@code id} is chosen when the form is shown, so that a form sent twice registers one contract. */
    record RegisterForm(UUID id, UUID workerPersonId, UUID agencyId, Channel channel, String employerName,
                        String destinationCountry, Sector sector, String jobTitle, BigDecimal wage,
                        String wageCurrency, Integer durationMonths, String contractLanguage,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn) {
    }

    /** The fields of every step; each step reads those it needs. */
    record StepForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, String language, String explainedBy,
                    Boolean workerAcknowledged, String checkpoint, ReturnReason returnReason, String reason) {
    }

    record MoneyForm(FeePayer payer, UUID payeeAgencyId, String payeeName, FeeType type, BigDecimal amount,
                     String currency, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                     String receiptNumber) {
    }

    @GetMapping("/contracts/new")
    String registerForm(@RequestParam(required = false) UUID agency, Model model) {
        return registerPage(model, new RegisterForm(UUID.randomUUID(), null, agency, null, null, null, null, null,
                null, null, null, null, null), FormErrors.none());
    }

    /** Persons found by name to be a contract's worker, as radio buttons of the register form. */
    @GetMapping("/contracts/workers")
    String workers(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("found", picker.found(q));
        model.addAttribute("searched", q != null && !q.isBlank());
        model.addAttribute("worker", null);
        return "labour/register :: workers";
    }

    @PostMapping("/contracts")
    String register(@ModelAttribute RegisterForm form, BindingResult binding, Model model,
                    HttpServletResponse response) {
        UUID id = form.id() == null ? UUID.randomUUID() : form.id();
        ContractId contract = new ContractId(id);
        return forms.send(binding, () -> commands.send(contract, new RegisterContract(contract,
                        form.workerPersonId() == null ? null : new PersonId(form.workerPersonId()),
                        form.agencyId() == null ? null : new AgencyId(form.agencyId()), form.channel(),
                        blankToNull(form.employerName()), upperCase(form.destinationCountry()), form.sector(),
                        blankToNull(form.jobTitle()), money(form.wage(), form.wageCurrency()),
                        form.durationMonths() == null ? 0 : form.durationMonths(),
                        lowerCase(form.contractLanguage()), form.signedOn()), form, ContractId.class),
                "redirect:/contracts/" + id + "?registered",
                field -> field != null && field.startsWith("monthlyWage") ? "wage" : field,
                errors -> {
                    response.setStatus(errors.status().value());
                    return registerPage(model, form, errors);
                }, "redirect:/contracts/" + id);
    }

    @GetMapping("/contracts/{id}")
    String contract(@PathVariable UUID id, Model model) {
        ContractView contract = find(id);
        accessLog.read(AccessKind.CONTRACT, List.of(id));
        return contractPage(model, contract, Map.of());
    }

    @PostMapping("/contracts/{id}/steps/{step}")
    String step(@PathVariable UUID id, @PathVariable ContractSteps.Step step, @ModelAttribute StepForm form,
                BindingResult binding, Model model, HttpServletResponse response) {
        ContractId contract = new ContractId(id);
        Object command = switch (step) {
            case EXPLANATION -> new ExplainContract(contract, lowerCase(form.language()),
                    blankToNull(form.explainedBy()), Boolean.TRUE.equals(form.workerAcknowledged()), form.on());
            case APPROVAL -> new ApproveContract(contract, form.on());
            case REJECTION -> new RejectContract(contract, form.on(), blankToNull(form.reason()));
            case DEPARTURE -> new RecordDeparture(contract, form.on(), blankToNull(form.checkpoint()));
            case RETURN -> new RecordReturn(contract, form.on(), blankToNull(form.checkpoint()), form.returnReason());
            case TERMINATION -> new TerminateContract(contract, form.on(), blankToNull(form.reason()));
            case SAVINGS -> null;
        };
        if (command == null) {
            throw new NotFound("contract step", step);
        }
        return change(id, step.name(), binding, () -> commands.send(contract, command, form, Void.class), model,
                response);
    }

    @PostMapping("/contracts/{id}/fees")
    String fee(@PathVariable UUID id, @ModelAttribute MoneyForm form, BindingResult binding, Model model,
               HttpServletResponse response) {
        ContractId contract = new ContractId(id);
        return change(id, "fees", binding, () -> commands.send(contract, new RecordFeePayment(contract, form.payer(),
                form.payeeAgencyId() == null ? null : new AgencyId(form.payeeAgencyId()), blankToNull(form.payeeName()),
                form.type(), money(form.amount(), form.currency()), form.on(), blankToNull(form.receiptNumber())),
                form, Void.class), model, response);
    }

    @PostMapping("/contracts/{id}/savings")
    String savings(@PathVariable UUID id, @ModelAttribute MoneyForm form, BindingResult binding, Model model,
                   HttpServletResponse response) {
        ContractId contract = new ContractId(id);
        return change(id, "savings", binding, () -> commands.send(contract, new DepositSavings(contract,
                money(form.amount(), form.currency()), form.on()), form, Void.class), model, response);
    }

    @PostMapping("/contracts/{id}/savings-refund")
    String refund(@PathVariable UUID id, @ModelAttribute MoneyForm form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        ContractId contract = new ContractId(id);
        return change(id, "refund", binding, () -> commands.send(contract, new RefundSavings(contract,
                money(form.amount(), form.currency()), form.on()), form, Void.class), model, response);
    }

    /** Step and money fields are named after the day and the amount on every form. */
    private String change(UUID id, String action, BindingResult binding, Supplier<?> send, Model model,
                          HttpServletResponse response) {
        return forms.send(binding, send, "redirect:/contracts/" + id + "?recorded",
                field -> field == null ? null : field.startsWith("amount") ? "amount"
                        : field.endsWith("On") ? "on" : "reason".equals(field) && "RETURN".equals(action)
                        ? "returnReason" : field,
                errors -> {
                    response.setStatus(errors.status().value());
                    return contractPage(model, find(id), Map.of(action, errors));
                }, null);
    }

    private ContractView find(UUID id) {
        return queries.one(CONTRACTS, new FindContract(new ContractId(id), access.contractReaders()),
                ContractView.class, "contract", id);
    }

    private String registerPage(Model model, RegisterForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("worker", person(form.workerPersonId()));
        model.addAttribute("found", List.of());
        model.addAttribute("searched", false);
        model.addAttribute("agencies", queries.list(AGENCIES, new FindAgencies(null, null),
                AgencyView.class));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("sectors", Sector.values());
        return "labour/register";
    }

    private String contractPage(Model model, ContractView contract, Map<String, FormErrors> errors) {
        ContractSteps steps = ContractSteps.of(contract);
        List<FlagView> flags = queries.list(FLAGS, new FindPersonFlags(contract.workerPersonId().value(),
                        access.flagReaders(), null), FlagView.class).stream()
                .filter(flag -> contract.id().value().equals(flag.subjectId()))
                .toList();
        model.addAttribute("contract", contract);
        model.addAttribute("worker", person(contract.workerPersonId().value()));
        model.addAttribute("agency", contract.agencyId() == null ? null : queries.one(AGENCIES,
                new io.tabien.contracts.labour.FindAgency(contract.agencyId(), contract.signedOn()), AgencyView.class,
                "agency", contract.agencyId().value()));
        model.addAttribute("steps", steps.allowed());
        model.addAttribute("flags", flags);
        model.addAttribute("stepErrors", errors);
        model.addAttribute("noErrors", FormErrors.none());
        model.addAttribute("returnReasons", ReturnReason.values());
        model.addAttribute("payers", FeePayer.values());
        model.addAttribute("feeTypes", FeeType.values());
        return "labour/contract";
    }

    private PersonView person(UUID personId) {
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

    private static Money money(BigDecimal amount, String currency) {
        return amount == null && blankToNull(currency) == null ? null : new Money(amount, upperCase(currency));
    }

}
