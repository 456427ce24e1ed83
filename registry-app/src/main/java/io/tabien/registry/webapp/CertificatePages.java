package io.tabien.registry.webapp;

import io.tabien.contracts.civil.CertificateCollector;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.RevokeBirthCertificate;
import io.tabien.contracts.civil.RevokeFamilyBookExtract;
import io.tabien.registry.certificates.Certificates;
import io.tabien.registry.certificates.IssuedCertificates;
import io.tabien.registry.web.Commands;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static io.tabien.registry.webapp.FormText.blankToNull;

/**
 * Certificates from the registrar's pages: a birth certificate from a person's page, an extract from a family book's
 * page, each downloaded as the PDF the certificate service prints, and a copy revoked with its reason. A refused
 * request answers the form's errors, which the page shows beside the form.
 */
@Controller
class CertificatePages {

    private static final List<String> COLLECTOR_FIELDS = List.of("name", "relationship", "identityDocument");

    private final Certificates certificates;
    private final Commands commands;
    private final MessageSource messages;

    CertificatePages(Certificates certificates, Commands commands, MessageSource messages) {
        this.certificates = certificates;
        this.commands = commands;
        this.messages = messages;
    }

    /** Who the certificate is handed to. */
    record CollectorForm(String name, String relationship, String identityDocument) {

        CertificateCollector collector() {
            return new CertificateCollector(blankToNull(name), blankToNull(relationship),
                    blankToNull(identityDocument));
        }
    }

    record RevocationForm(String reason) {
    }

    @PostMapping("/persons/{id}/birth-certificates")
    Object birthCertificate(@PathVariable UUID id, @ModelAttribute CollectorForm form, Model model,
                            HttpServletResponse response) {
        return issue(CertificateKind.BIRTH_CERTIFICATE, id, form, "birth-certificate", model, response);
    }

    @PostMapping("/family-books/{id}/extracts")
    Object familyBookExtract(@PathVariable UUID id, @ModelAttribute CollectorForm form, Model model,
                             HttpServletResponse response) {
        return issue(CertificateKind.FAMILY_BOOK_EXTRACT, id, form, "family-book-extract", model, response);
    }

    @PostMapping("/persons/{id}/birth-certificates/{copyNumber}/revocation")
    Object revokeBirthCertificate(@PathVariable UUID id, @PathVariable int copyNumber,
                                  @ModelAttribute RevocationForm form, Model model, HttpServletResponse response) {
        PersonId person = new PersonId(id);
        return revoke(() -> commands.send(person, new RevokeBirthCertificate(person, copyNumber,
                blankToNull(form.reason())), form, Void.class), "/persons/" + id, model, response);
    }

    @PostMapping("/family-books/{id}/extracts/{copyNumber}/revocation")
    Object revokeFamilyBookExtract(@PathVariable UUID id, @PathVariable int copyNumber,
                                   @ModelAttribute RevocationForm form, Model model, HttpServletResponse response) {
        FamilyBookId book = new FamilyBookId(id);
        return revoke(() -> commands.send(book, new RevokeFamilyBookExtract(book, copyNumber,
                blankToNull(form.reason())), form, Void.class), "/family-books/" + id, model, response);
    }

    private Object issue(CertificateKind kind, UUID id, CollectorForm form, String name, Model model,
                         HttpServletResponse response) {
        IssuedCertificates issued;
        try {
            issued = certificates.issue(kind, id, form.collector(), form);
        } catch (RuntimeException refused) {
            return refusal(refused, model, response);
        }
        return ResponseEntity.ok()
                .header(Commands.POSITION, Long.toString(issued.position()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "-" + id + "-copy-" + issued.issued().get(0).copyNumber() + ".pdf")
                        .build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(issued.pdf());
    }

    private Object revoke(Supplier<?> send, String page, Model model, HttpServletResponse response) {
        try {
            send.get();
        } catch (RuntimeException refused) {
            return refusal(refused, model, response);
        }
        return "redirect:" + page + "?revoked";
    }

    /** The refusal's texts, as the fragment the page puts beside the form. */
    private String refusal(RuntimeException refused, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.of(refused, field -> field == null ? null
                : field.substring(field.lastIndexOf('.') + 1), messages);
        List<String> texts = new ArrayList<>(errors.general());
        COLLECTOR_FIELDS.stream().filter(errors::has).map(errors::of).forEach(texts::add);
        if (errors.has("reason")) {
            texts.add(errors.of("reason"));
        }
        if (texts.isEmpty()) {
            texts.add(FormErrors.ruleText("unknown", null, messages));
        }
        response.setStatus(errors.status().value());
        model.addAttribute("problems", texts);
        return "certificates/refused :: problems";
    }
}
