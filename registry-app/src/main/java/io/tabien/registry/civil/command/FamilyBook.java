package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.AddFamilyMember;
import io.tabien.contracts.civil.CertificateIssued;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.CertificateRevoked;
import io.tabien.contracts.civil.ChangeHeadOfHousehold;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.FamilyBookIssued;
import io.tabien.contracts.civil.FamilyBookReplaced;
import io.tabien.contracts.civil.FamilyMemberAdded;
import io.tabien.contracts.civil.FamilyMemberRemoved;
import io.tabien.contracts.civil.HeadOfHouseholdChanged;
import io.tabien.contracts.civil.IssueFamilyBook;
import io.tabien.contracts.civil.IssueFamilyBookExtract;
import io.tabien.contracts.civil.IssuedCertificate;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Relationship;
import io.tabien.contracts.civil.RemovalReason;
import io.tabien.contracts.civil.RemoveFamilyMember;
import io.tabien.contracts.civil.ReplaceFamilyBook;
import io.tabien.registry.platform.errors.DateInFuture;
import io.tabien.registry.platform.errors.PersonDeceased;
import io.tabien.registry.platform.errors.UnknownPerson;
import io.tabien.contracts.civil.RevokeFamilyBookExtract;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import io.tabien.registry.platform.errors.RecordChangedSince;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static io.tabien.registry.civil.command.Person.requirePresent;
import static io.tabien.registry.civil.command.Person.requireReason;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A household register (family book): the household's address, its head and its current members. Rules that
 * involve other records — the head exists and is alive, a person belongs to one household, a number is used once
 * per district — are checked against {@link CivilLookups}.
 */
@Aggregate
class FamilyBook {

    static final String RECORD = "family book";

    @AggregateIdentifier
    private FamilyBookId familyBookId;
    private String bookNumber;
    private Place address;
    private PersonId head;
    private final Set<PersonId> members = new HashSet<>();
    private final CertificateCopies certificates = new CertificateCopies();

    FamilyBook() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    FamilyBook(IssueFamilyBook command, CivilRegistryPolicy policy, CivilLookups lookups, MetaData metadata) {
        requirePresent(command.bookNumber(), "bookNumber");
        requirePresent(command.address(), "address");
        requirePresent(command.address().district(), "district");
        requirePresent(command.headPersonId(), "headPersonId");
        policy.mustBeInLaos(command.address(), "address");
        policy.mustActWithin(metadata, command.address());
        String number = command.bookNumber().strip();
        if (lookups.bookNumberTaken(command.address().district(), number)) {
            throw new FamilyBookNumberTaken(command.address().district(), number);
        }
        mustBeAlive(command.headPersonId(), "headPersonId", lookups);
        mustNotBelongToAnotherHousehold(command.headPersonId(), lookups);
        LocalDate issuedOn = command.issuedOn() == null ? policy.today() : command.issuedOn();
        mustNotLieInTheFuture(issuedOn, policy);
        apply(new FamilyBookIssued(command.familyBookId(), number, command.address(), command.headPersonId(), issuedOn));
    }

    @CommandHandler
    void handle(AddFamilyMember command, CivilRegistryPolicy policy, CivilLookups lookups, MetaData metadata) {
        requirePresent(command.personId(), "personId");
        requirePresent(command.relationship(), "relationship");
        requirePresent(command.reason(), "reason");
        requirePresent(command.effectiveDate(), "effectiveDate");
        policy.mustActWithin(metadata, address);
        mustBeAt(command.expectedVersion());
        if (command.relationship() == Relationship.HEAD) {
            throw new HeadIsNotAddedAsMember();
        }
        if (members.contains(command.personId())) {
            throw new AlreadyAMember();
        }
        var person = mustBeAlive(command.personId(), "personId", lookups);
        mustNotBelongToAnotherHousehold(command.personId(), lookups);
        mustNotLieInTheFuture(command.effectiveDate(), policy);
        if (command.effectiveDate().isBefore(person.dateOfBirth())) {
            throw new EffectiveBeforeBirth();
        }
        apply(new FamilyMemberAdded(familyBookId, command.personId(), command.relationship(), command.reason(),
                command.effectiveDate()));
    }

    @CommandHandler
    void handle(RemoveFamilyMember command, CivilRegistryPolicy policy, MetaData metadata) {
        requirePresent(command.personId(), "personId");
        requirePresent(command.reason(), "reason");
        requirePresent(command.effectiveDate(), "effectiveDate");
        policy.mustActWithin(metadata, address);
        mustBeAt(command.expectedVersion());
        if (!members.contains(command.personId())) {
            throw new NotAMember();
        }
        boolean leavingHead = command.personId().equals(head);
        if (leavingHead && command.reason() != RemovalReason.DEATH && members.size() > 1) {
            throw new HeadMustBeChangedFirst();
        }
        mustNotLieInTheFuture(command.effectiveDate(), policy);
        apply(new FamilyMemberRemoved(familyBookId, command.personId(), command.reason(), command.effectiveDate()));
    }

    @CommandHandler
    void handle(ChangeHeadOfHousehold command, CivilRegistryPolicy policy, MetaData metadata) {
        requirePresent(command.newHeadPersonId(), "personId");
        policy.mustActWithin(metadata, address);
        mustBeAt(command.expectedVersion());
        if (!members.contains(command.newHeadPersonId())) {
            throw new NotAMemberToLead();
        }
        if (command.newHeadPersonId().equals(head)) {
            throw new AlreadyHeadOfHousehold();
        }
        apply(new HeadOfHouseholdChanged(familyBookId, head, command.newHeadPersonId()));
    }

    @CommandHandler
    void handle(ReplaceFamilyBook command, CivilRegistryPolicy policy, CivilLookups lookups, MetaData metadata) {
        requirePresent(command.newBookNumber(), "newBookNumber");
        requirePresent(command.reason(), "reason");
        policy.mustActWithin(metadata, address);
        mustBeAt(command.expectedVersion());
        String number = command.newBookNumber().strip();
        if (number.equals(bookNumber)) {
            throw new SameBookNumber();
        }
        if (lookups.bookNumberTaken(address.district(), number)) {
            throw new FamilyBookNumberTaken(address.district(), number);
        }
        apply(new FamilyBookReplaced(familyBookId, bookNumber, number, command.reason()));
    }

    /** An extract of the book with its members as they stand today: a new copy, numbered, on every reprint. */
    @CommandHandler
    IssuedCertificate handle(IssueFamilyBookExtract command, CivilRegistryPolicy policy, RecordVersions versions,
                             MetaData metadata) {
        policy.mustBeHandedToSomeone(command.collector());
        policy.mustActWithin(metadata, address);
        IssuedCertificate issued = policy.issue(familyBookId.value(), CertificateKind.FAMILY_BOOK_EXTRACT,
                versions.current(familyBookId.value()), certificates.next(), metadata);
        apply(new CertificateIssued(issued.recordId(), issued.kind(), issued.recordVersion(), issued.copyNumber(),
                issued.issuedOn(), policy.collector(command.collector())));
        return issued;
    }

    /** A copy withdrawn: lost, stolen or issued in error. */
    @CommandHandler
    void handle(RevokeFamilyBookExtract command, CivilRegistryPolicy policy, MetaData metadata) {
        requireReason(command.reason(), "reason");
        policy.mustActWithin(metadata, address);
        certificates.mustBeRevocable(command.copyNumber());
        apply(new CertificateRevoked(familyBookId.value(), CertificateKind.FAMILY_BOOK_EXTRACT,
                command.copyNumber(), command.reason().strip()));
    }

    @EventSourcingHandler
    void on(FamilyBookIssued event) {
        this.familyBookId = event.familyBookId();
        this.bookNumber = event.bookNumber();
        this.address = event.address();
        this.head = event.headPersonId();
        this.members.add(event.headPersonId());
    }

    @EventSourcingHandler
    void on(FamilyMemberAdded event) {
        members.add(event.personId());
    }

    @EventSourcingHandler
    void on(FamilyMemberRemoved event) {
        members.remove(event.personId());
        if (event.personId().equals(head)) {
            head = null;
        }
    }

    @EventSourcingHandler
    void on(HeadOfHouseholdChanged event) {
        this.head = event.newHeadPersonId();
    }

    @EventSourcingHandler
    void on(FamilyBookReplaced event) {
        this.bookNumber = event.newBookNumber();
    }

    /** A change based on an earlier version of the book is refused, so that nothing is overwritten unseen. */
    private void mustBeAt(Long expectedVersion) {
        RecordChangedSince.unlessAt(expectedVersion, AggregateLifecycle.getVersion(), RECORD, familyBookId.value());
    }

    @EventSourcingHandler
    void on(CertificateIssued event) {
        certificates.on(event);
    }

    @EventSourcingHandler
    void on(CertificateRevoked event) {
        certificates.on(event);
    }

    private static CivilLookups.PersonFacts mustBeAlive(PersonId personId, String field, CivilLookups lookups) {
        CivilLookups.PersonFacts person = lookups.person(personId).orElseThrow(() -> new UnknownPerson(field));
        if (!person.alive()) {
            throw new PersonDeceased(field);
        }
        return person;
    }

    private static void mustNotBelongToAnotherHousehold(PersonId personId, CivilLookups lookups) {
        lookups.householdOf(personId).ifPresent(other -> {
            throw new AlreadyInAnotherHousehold(other.toString());
        });
    }

    private static void mustNotLieInTheFuture(LocalDate date, CivilRegistryPolicy policy) {
        LocalDate today = policy.today();
        if (date.isAfter(today)) {
            throw new DateInFuture("effectiveDate", today);
        }
    }
}
