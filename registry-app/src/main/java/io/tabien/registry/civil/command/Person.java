package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.BirthRecordChanges;
import io.tabien.contracts.civil.BirthRecordCorrected;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.CertificateIssued;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.CertificateRevoked;
import io.tabien.contracts.civil.CorrectBirthRecord;
import io.tabien.contracts.civil.DeathRegistered;
import io.tabien.contracts.civil.DuplicateBirthReviewed;
import io.tabien.contracts.civil.IssueBirthCertificate;
import io.tabien.contracts.civil.IssuedCertificate;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.RegisterBirth;
import io.tabien.contracts.civil.RegisterDeath;
import io.tabien.registry.civil.BirthRecordFold;
import io.tabien.registry.platform.errors.DateInFuture;
import io.tabien.registry.platform.errors.RequiredFieldMissing;
import io.tabien.registry.platform.errors.UnknownPerson;
import io.tabien.contracts.civil.ReviewDuplicateBirth;
import io.tabien.registry.flags.DuplicateBirthFlags;
import io.tabien.contracts.civil.RevokeBirthCertificate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import io.tabien.registry.platform.errors.RecordChangedSince;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A person in the civil register, from the registration of their birth to that of their death. */
@Aggregate
class Person {

    static final String RECORD = "person";

    @AggregateIdentifier
    private PersonId personId;
    /** The birth record, evolved by the one fold its audit uses too. */
    private BirthRecordFold record;
    private final CertificateCopies certificates = new CertificateCopies();

    Person() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Person(RegisterBirth command, CivilRegistryPolicy policy, CivilLookups lookups, MetaData metadata) {
        requirePresent(command.givenName(), "givenName");
        requirePresent(command.familyName(), "familyName");
        requirePresent(command.sex(), "sex");
        requirePresent(command.placeOfBirth(), "placeOfBirth");
        mustBeBornInTheRegisterPeriod(command.dateOfBirth(), "dateOfBirth", policy);
        policy.mustBeInLaos(command.placeOfBirth(), "placeOfBirth");
        policy.mustActWithin(metadata, command.placeOfBirth());
        if (command.familyBookId() != null) {
            var book = lookups.familyBook(command.familyBookId())
                    .orElseThrow(() -> new UnknownFamilyBook("familyBookId"));
            policy.mustActWithin(metadata, book.province(), book.district());
        }
        apply(new BirthRegistered(
                command.personId(),
                command.givenName().strip(),
                command.familyName().strip(),
                stripped(command.givenNameLatin()),
                stripped(command.familyNameLatin()),
                command.sex(),
                command.dateOfBirth(),
                command.placeOfBirth(),
                command.mother(),
                command.father(),
                stripped(command.informant()),
                policy.isLate(command.dateOfBirth()),
                command.familyBookId()));
    }

    @CommandHandler
    void handle(CorrectBirthRecord command, CivilRegistryPolicy policy, MetaData metadata) {
        BirthRecordChanges changes = command.changes();
        if (changes == null || changes.fields().isEmpty()) {
            throw new NothingToCorrect();
        }
        requireReason(command.reason(), "reason");
        for (BirthRecordField field : changes.fields()) {
            if (field.required()) {
                requirePresent(valueOf(changes, field), "changes." + field.name());
            }
        }
        policy.mustActWithin(metadata, record.placeOfBirth());
        mustBeAt(command.expectedVersion());
        if (changes.changes(BirthRecordField.dateOfBirth)) {
            mustBeBornInTheRegisterPeriod(changes.dateOfBirth(), "changes.dateOfBirth", policy);
            if (record.deceased() && changes.dateOfBirth().isAfter(record.dateOfDeath())) {
                throw new BirthAfterDeath(record.dateOfDeath());
            }
        }
        if (changes.changes(BirthRecordField.placeOfBirth)) {
            policy.mustBeInLaos(changes.placeOfBirth(), "changes.placeOfBirth");
            policy.mustActWithin(metadata, changes.placeOfBirth());
        }
        apply(new BirthRecordCorrected(personId, changes, command.reason().strip(), stripped(command.evidence())));
    }

    @CommandHandler
    void handle(RegisterDeath command, CivilRegistryPolicy policy, MetaData metadata) {
        mustBeAt(command.expectedVersion());
        mustNotBeDeceased();
        requirePresent(command.dateOfDeath(), "dateOfDeath");
        requirePresent(command.placeOfDeath(), "placeOfDeath");
        LocalDate today = policy.today();
        if (command.dateOfDeath().isAfter(today)) {
            throw new DateInFuture("dateOfDeath", today);
        }
        if (command.dateOfDeath().isBefore(record.dateOfBirth())) {
            throw new DeathBeforeBirth(record.dateOfBirth());
        }
        policy.mustBeInLaos(command.placeOfDeath(), "placeOfDeath");
        policy.mustActWithin(metadata, command.placeOfDeath());
        apply(new DeathRegistered(personId, command.dateOfDeath(), command.placeOfDeath(), stripped(command.cause())));
    }

    /**
     * Records a registrar's decision on this birth and another that an open CIV-POSSIBLE-DUPLICATE flag links it to:
     * both must lie in their jurisdiction. The decision closes the flag; a pair is reviewed once.
     */
    @CommandHandler
    void handle(ReviewDuplicateBirth command, CivilRegistryPolicy policy, CivilLookups lookups,
                DuplicateBirthFlags flags, MetaData metadata) {
        requirePresent(command.otherPersonId(), "otherPersonId");
        requirePresent(command.decision(), "decision");
        requireReason(command.reason(), "reason");
        policy.mustActWithin(metadata, record.placeOfBirth());
        var other = lookups.person(command.otherPersonId()).orElseThrow(() -> new UnknownPerson("otherPersonId"));
        policy.mustActWithin(metadata, other.birthProvince(), other.birthDistrict());
        mustBeAt(command.expectedVersion());
        if (record.reviewedWith().contains(command.otherPersonId())) {
            throw new NoOpenDuplicateFlag();
        }
        var pair = flags.openBetween(personId, command.otherPersonId()).orElseThrow(NoOpenDuplicateFlag::new);
        apply(new DuplicateBirthReviewed(personId, command.otherPersonId(), command.decision(), command.reason().strip(),
                pair.earlier(), pair.later()));
    }

    /** A birth certificate, or a reprint of it: a new copy, numbered, of the record as it stands. */
    @CommandHandler
    IssuedCertificate handle(IssueBirthCertificate command, CivilRegistryPolicy policy, RecordVersions versions,
                             MetaData metadata) {
        policy.mustBeHandedToSomeone(command.collector());
        policy.mustActWithin(metadata, record.placeOfBirth());
        IssuedCertificate issued = policy.issue(personId.value(), CertificateKind.BIRTH_CERTIFICATE,
                versions.current(personId.value()), certificates.next(), metadata);
        apply(new CertificateIssued(issued.recordId(), issued.kind(), issued.recordVersion(), issued.copyNumber(),
                issued.issuedOn(), policy.collector(command.collector())));
        return issued;
    }

    /** A copy withdrawn: lost, stolen or issued in error. */
    @CommandHandler
    void handle(RevokeBirthCertificate command, CivilRegistryPolicy policy, MetaData metadata) {
        requireReason(command.reason(), "reason");
        policy.mustActWithin(metadata, record.placeOfBirth());
        certificates.mustBeRevocable(command.copyNumber());
        apply(new CertificateRevoked(personId.value(), CertificateKind.BIRTH_CERTIFICATE, command.copyNumber(),
                command.reason().strip()));
    }

    @EventSourcingHandler
    void on(BirthRegistered event) {
        this.personId = event.personId();
        this.record = BirthRecordFold.registered(event);
    }

    @EventSourcingHandler
    void on(BirthRecordCorrected event) {
        record = record.apply(event);
    }

    @EventSourcingHandler
    void on(DeathRegistered event) {
        record = record.apply(event);
    }

    @EventSourcingHandler
    void on(DuplicateBirthReviewed event) {
        record = record.apply(event);
    }

    /** A change based on an earlier version of the record is refused, so that nothing is overwritten unseen. */
    private void mustBeAt(Long expectedVersion) {
        RecordChangedSince.unlessAt(expectedVersion, AggregateLifecycle.getVersion(), RECORD, personId.value());
    }

    @EventSourcingHandler
    void on(CertificateIssued event) {
        certificates.on(event);
    }

    @EventSourcingHandler
    void on(CertificateRevoked event) {
        certificates.on(event);
    }

    private void mustNotBeDeceased() {
        if (record.deceased()) {
            throw new AlreadyDeceased(record.dateOfDeath());
        }
    }

    private static void mustBeBornInTheRegisterPeriod(LocalDate dateOfBirth, String field, CivilRegistryPolicy policy) {
        requirePresent(dateOfBirth, field);
        LocalDate today = policy.today();
        if (dateOfBirth.isAfter(today)) {
            throw new DateInFuture(field, today);
        }
        if (dateOfBirth.isBefore(CivilRegistryPolicy.EARLIEST_DATE_OF_BIRTH)) {
            throw new DateOfBirthTooEarly(field, CivilRegistryPolicy.EARLIEST_DATE_OF_BIRTH);
        }
    }

    private static Object valueOf(BirthRecordChanges changes, BirthRecordField field) {
        return switch (field) {
            case givenName -> changes.givenName();
            case familyName -> changes.familyName();
            case givenNameLatin -> changes.givenNameLatin();
            case familyNameLatin -> changes.familyNameLatin();
            case sex -> changes.sex();
            case dateOfBirth -> changes.dateOfBirth();
            case placeOfBirth -> changes.placeOfBirth();
            case mother -> changes.mother();
            case father -> changes.father();
            case informant -> changes.informant();
        };
    }

    static void requirePresent(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new RequiredFieldMissing(field);
        }
    }

    static void requireReason(String reason, String field) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired(field);
        }
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
