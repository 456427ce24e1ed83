package io.tabien.registry.certificates;

import io.tabien.contracts.TypedId;
import io.tabien.contracts.civil.CertificateCollector;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.FamilyBookView;
import io.tabien.contracts.civil.FamilyMemberView;
import io.tabien.contracts.civil.IssueBirthCertificate;
import io.tabien.contracts.civil.IssueFamilyBookExtract;
import io.tabien.contracts.civil.IssuedCertificate;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonView;
import io.tabien.contracts.civil.Relationship;
import io.tabien.registry.audit.state.AggregateStates;
import io.tabien.registry.certificates.code.CertificateClaims;
import io.tabien.registry.certificates.code.CertificateCode;
import io.tabien.registry.certificates.print.CertificatePrinter;
import io.tabien.registry.certificates.print.CertificateTemplates;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.web.Accepted;
import io.tabien.registry.web.Commands;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Issues certificates: records each issue and prints what it certifies — the record as it stood at the version
 * the event names, folded from the record's own events — with its signed code. Nothing is printed that was not
 * recorded first; a bulk issue records all its certificates or none.
 */
@Component
public class Certificates {

    private final Commands commands;
    private final AggregateStates states;
    private final CertificateSigningKeys keys;
    private final CertificateTemplates templates;
    private final CertificatePrinter printer;
    private final TransactionTemplate transaction;

    Certificates(Commands commands, AggregateStates states, CertificateSigningKeys keys, CertificateTemplates templates,
                 CertificatePrinter printer, PlatformTransactionManager transactions) {
        this.commands = commands;
        this.states = states;
        this.keys = keys;
        this.templates = templates;
        this.printer = printer;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** @param body the request as the client sent it, for its Idempotency-Key */
    public IssuedCertificates issue(CertificateKind kind, UUID recordId, CertificateCollector collector, Object body) {
        return issueAll(kind, List.of(recordId), collector, body);
    }

    /**
     * One certificate of each record, in the order given, as one PDF. It is printed before the transaction that
     * records the certificates commits, so that a certificate that cannot be printed is not recorded either.
     */
    public IssuedCertificates issueAll(CertificateKind kind, List<UUID> recordIds, CertificateCollector collector,
                                       Object body) {
        return transaction.execute(status -> {
            List<CertificatePrinter.Page> pages = new ArrayList<>(recordIds.size());
            List<IssuedCertificate> issued = new ArrayList<>(recordIds.size());
            long last = -1;
            for (int i = 0; i < recordIds.size(); i++) {
                Accepted<IssuedCertificate> accepted = send(kind, recordIds.get(i), collector, body,
                        recordIds.size() == 1 ? null : Integer.toString(i));
                issued.add(accepted.result());
                pages.add(page(accepted.result(), accepted.position()));
                last = Math.max(last, accepted.position());
            }
            return new IssuedCertificates(printer.print(pages), last, List.copyOf(issued));
        });
    }

    private Accepted<IssuedCertificate> send(CertificateKind kind, UUID recordId, CertificateCollector collector,
                                             Object body, String part) {
        TypedId id = kind == CertificateKind.BIRTH_CERTIFICATE ? new PersonId(recordId) : new FamilyBookId(recordId);
        Object command = kind == CertificateKind.BIRTH_CERTIFICATE
                ? new IssueBirthCertificate((PersonId) id, collector)
                : new IssueFamilyBookExtract((FamilyBookId) id, collector);
        return commands.send(id, command, body, IssuedCertificate.class, part);
    }

    /** @param issuedAt the global index of the certificate's own event: members of a book are shown as of then */
    private CertificatePrinter.Page page(IssuedCertificate issued, long issuedAt) {
        CertificateClaims claims = claims(issued, issuedAt);
        String code = CertificateCode.sign(claims, keys.current(), keys.privateKey());
        if (!CertificatePrinter.fits(code)) {
            throw new CertificateCodeTooLong(issued.kind());
        }
        return new CertificatePrinter.Page(templates.of(issued.kind()), claims, code);
    }

    CertificateClaims claims(IssuedCertificate issued, long issuedAt) {
        Object record = states.upTo(issued.recordId(), issued.recordVersion())
                .orElseThrow(() -> new NotFound("record", issued.recordId()));
        if (issued.kind() == CertificateKind.BIRTH_CERTIFICATE) {
            return new CertificateClaims(issued.kind(), issued.recordId(), issued.recordVersion(), issued.copyNumber(),
                    issued.issuedOn(), issued.issuingOffice(), subject(as(record, PersonView.class)), null);
        }
        FamilyBookView book = as(record, FamilyBookView.class);
        List<CertificateClaims.Subject> members = book.members().stream()
                .sorted(Comparator.comparing((FamilyMemberView m) -> m.relationship() != Relationship.HEAD)
                        .thenComparing(FamilyMemberView::since, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(member -> memberOf(states.upTo(member.personId().value(), issuedAt)
                        .map(person -> as(person, PersonView.class))
                        .orElseThrow(() -> new NotFound("person", member.personId())), member.relationship()))
                .toList();
        return new CertificateClaims(issued.kind(), issued.recordId(), issued.recordVersion(), issued.copyNumber(),
                issued.issuedOn(), issued.issuingOffice(), null,
                new CertificateClaims.Book(book.bookNumber(), book.address(), members));
    }

    private static CertificateClaims.Subject subject(PersonView person) {
        return new CertificateClaims.Subject(person.givenName(), person.familyName(), person.givenNameLatin(),
                person.familyNameLatin(), person.sex(), person.dateOfBirth(), person.placeOfBirth(), null);
    }

    /** A member as an extract lists them: no place of birth, which keeps a large household's code small. */
    private static CertificateClaims.Subject memberOf(PersonView person, Relationship relationship) {
        return new CertificateClaims.Subject(person.givenName(), person.familyName(), person.givenNameLatin(),
                person.familyNameLatin(), person.sex(), person.dateOfBirth(), null, relationship);
    }

    private static <T> T as(Object state, Class<T> type) {
        if (!type.isInstance(state)) {
            throw new IllegalStateException("The certified record is not a " + type.getSimpleName());
        }
        return type.cast(state);
    }
}
