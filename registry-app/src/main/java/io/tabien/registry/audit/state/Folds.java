package io.tabien.registry.audit.state;

import io.tabien.contracts.HistoryEntry;
import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.FamilyBookIssued;
import io.tabien.contracts.civil.FamilyBookReplaced;
import io.tabien.contracts.civil.FamilyBookView;
import io.tabien.contracts.civil.FamilyMemberAdded;
import io.tabien.contracts.civil.FamilyMemberRemoved;
import io.tabien.contracts.civil.FamilyMemberView;
import io.tabien.contracts.civil.HeadOfHouseholdChanged;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonView;
import io.tabien.contracts.civil.Relationship;
import io.tabien.contracts.documents.Custodian;
import io.tabien.contracts.documents.CustodyView;
import io.tabien.contracts.documents.PassportCustodyTransferred;
import io.tabien.contracts.documents.PassportIssued;
import io.tabien.contracts.documents.PassportReturnedToHolder;
import io.tabien.contracts.documents.PassportView;
import io.tabien.contracts.grievance.CaseFileErased;
import io.tabien.contracts.grievance.CaseFileView;
import io.tabien.contracts.grievance.GrievanceClosed;
import io.tabien.contracts.grievance.GrievanceEvidenceAdded;
import io.tabien.contracts.grievance.GrievanceReferred;
import io.tabien.contracts.grievance.GrievanceRegistered;
import io.tabien.contracts.grievance.GrievanceResolved;
import io.tabien.contracts.grievance.GrievanceStatus;
import io.tabien.contracts.grievance.GrievanceView;
import io.tabien.contracts.grievance.GrievanceWorkerIdentified;
import io.tabien.contracts.grievance.ReferralAnswered;
import io.tabien.contracts.grievance.SealedText;
import io.tabien.contracts.grievance.TraffickingScreeningCompleted;
import io.tabien.contracts.labour.AgencyClosed;
import io.tabien.contracts.labour.AgencyLicensed;
import io.tabien.contracts.labour.AgencyView;
import io.tabien.contracts.labour.ContractRegistered;
import io.tabien.contracts.labour.ContractExplainedToWorker;
import io.tabien.contracts.labour.ContractView;
import io.tabien.contracts.labour.FeePaymentRecorded;
import io.tabien.contracts.labour.FeeView;
import io.tabien.contracts.labour.LicenceEventView;
import io.tabien.contracts.labour.LicenceReinstated;
import io.tabien.contracts.labour.LicenceRenewed;
import io.tabien.contracts.labour.LicenceRevoked;
import io.tabien.contracts.labour.LicenceSuspended;
import io.tabien.registry.civil.BirthRecordFold;
import io.tabien.registry.documents.PassportFold;
import io.tabien.registry.labour.ContractFold;
import io.tabien.registry.labour.LicenceTimeline;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Folds one record's events, one at a time, into the shape its read endpoint answers. Each record type has one
 * folding, chosen by the record's first event; the state a record's events make is that of its feature's own fold
 * ({@link BirthRecordFold}, {@link PassportFold}, {@link ContractFold}), what a folding adds is what the read shape
 * lists (history, custody, fees, ...). A folding is plain data, so that it can be stored as JSON and picked up again.
 */
final class Folds {

    private static final ZoneId LAOS = ZoneId.of("Asia/Vientiane");

    private Folds() {
    }

    /** The folding for a record whose first event is {@code first}, before any event is applied. */
    static Folding startingWith(Object first) {
        if (first instanceof BirthRegistered) {
            return new PersonFolding();
        }
        if (first instanceof FamilyBookIssued) {
            return new FamilyBookFolding();
        }
        if (first instanceof PassportIssued) {
            return new PassportFolding();
        }
        if (first instanceof AgencyLicensed) {
            return new AgencyFolding();
        }
        if (first instanceof ContractRegistered) {
            return new ContractFolding();
        }
        if (first instanceof GrievanceRegistered) {
            return new GrievanceFolding();
        }
        return new FirstEventOnly();
    }

    /** The class of a stored folding of a record type, if foldings of that type are stored. */
    static Class<? extends Folding> stored(String aggregateType) {
        return switch (aggregateType) {
            case "Person" -> PersonFolding.class;
            case "FamilyBook" -> FamilyBookFolding.class;
            case "Passport" -> PassportFolding.class;
            case "RecruitmentAgency" -> AgencyFolding.class;
            case "RecruitmentContract" -> ContractFolding.class;
            default -> null;
        };
    }

    /** A record's events folded so far: its history, and what its type makes of them. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    abstract static class Folding {

        List<HistoryEntry> history = new ArrayList<>();

        final void add(AggregateStates.Recorded recorded) {
            history.add(recorded.entry());
            apply(recorded.payload(), recorded.entry());
        }

        abstract String aggregateType();

        abstract void apply(Object event, HistoryEntry entry);

        /** The read shape as it stood at {@code asOf}: a rule that depends on the day is judged on that day. */
        abstract Object view(Instant asOf);

        /**
         * Whether this folding may be stored. A grievance's is not: its case file may be erased by destroying its
         * key, and a stored copy in clear would outlive that.
         */
        boolean storable() {
            return stored(aggregateType()) != null;
        }

        /**
         * Takes this folding's lists named in {@code lists} as what they gained since {@code earlier}: each becomes the
         * earlier list followed by this one's items.
         */
        @SuppressWarnings("unchecked")
        final void appendTo(Folding earlier, Collection<String> lists) {
            for (String name : lists) {
                Field list = field(getClass(), name);
                list.setAccessible(true);
                try {
                    List<Object> gathered = (List<Object>) list.get(earlier);
                    gathered.addAll((List<Object>) list.get(this));
                    list.set(this, gathered);
                } catch (IllegalAccessException unexpected) {
                    throw new IllegalStateException(unexpected);
                }
            }
        }

        private static Field field(Class<?> type, String name) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                try {
                    return c.getDeclaredField(name);
                } catch (NoSuchFieldException inSuperclass) {
                    // look further up
                }
            }
            throw new IllegalStateException(type.getSimpleName() + " has no list " + name);
        }

        HistoryEntry first() {
            return history.get(0);
        }

        HistoryEntry last() {
            return history.get(history.size() - 1);
        }
    }

    static final class PersonFolding extends Folding {

        BirthRecordFold record;

        @Override
        String aggregateType() {
            return "Person";
        }

        @Override
        void apply(Object event, HistoryEntry entry) {
            record = event instanceof BirthRegistered birth ? BirthRecordFold.registered(birth) : record.apply(event);
        }

        @Override
        Object view(Instant asOf) {
            BirthRecordFold r = record;
            return new PersonView(r.personId(), r.givenName(), r.familyName(), r.givenNameLatin(),
                    r.familyNameLatin(), r.sex(), r.dateOfBirth(), r.placeOfBirth(), r.mother(), r.father(),
                    r.informant(), r.lateRegistration(), first().storedAt(), first().office(), r.dateOfDeath(),
                    r.placeOfDeath(), null, List.of(), List.of(), List.of(), List.copyOf(history), history.size() - 1,
                    r.duplicateOf(), r.duplicates());
        }
    }

    static final class FamilyBookFolding extends Folding {

        FamilyBookIssued issued;
        /** In the order they joined; a member whose relationship changes keeps their place. */
        List<FamilyMemberView> members = new ArrayList<>();
        PersonId head;
        String number;
        List<String> previousNumbers = new ArrayList<>();

        @Override
        String aggregateType() {
            return "FamilyBook";
        }

        @Override
        void apply(Object event, HistoryEntry entry) {
            if (event instanceof FamilyBookIssued e) {
                issued = e;
                head = e.headPersonId();
                number = e.bookNumber();
                members.add(new FamilyMemberView(e.headPersonId(), Relationship.HEAD, null, e.issuedOn()));
            } else if (event instanceof FamilyMemberAdded added) {
                put(new FamilyMemberView(added.personId(), added.relationship(), added.reason(),
                        added.effectiveDate()));
            } else if (event instanceof FamilyMemberRemoved removed) {
                members.removeIf(member -> member.personId().equals(removed.personId()));
                if (removed.personId().equals(head)) {
                    head = null;
                }
            } else if (event instanceof HeadOfHouseholdChanged changed) {
                FamilyMemberView former = changed.previousHeadPersonId() == null ? null
                        : member(changed.previousHeadPersonId());
                if (former != null) {
                    put(new FamilyMemberView(former.personId(), Relationship.OTHER, former.reason(), former.since()));
                }
                FamilyMemberView next = member(changed.newHeadPersonId());
                put(new FamilyMemberView(next.personId(), Relationship.HEAD, next.reason(), next.since()));
                head = changed.newHeadPersonId();
            } else if (event instanceof FamilyBookReplaced replaced) {
                previousNumbers.add(replaced.previousBookNumber());
                number = replaced.newBookNumber();
            }
        }

        private FamilyMemberView member(PersonId person) {
            return members.stream().filter(member -> member.personId().equals(person)).findFirst().orElse(null);
        }

        private void put(FamilyMemberView member) {
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).personId().equals(member.personId())) {
                    members.set(i, member);
                    return;
                }
            }
            members.add(member);
        }

        @Override
        Object view(Instant asOf) {
            return new FamilyBookView(issued.familyBookId(), number, List.copyOf(previousNumbers), issued.address(),
                    head, issued.issuedOn(), List.copyOf(members), List.copyOf(history), history.size() - 1);
        }
    }

    static final class PassportFolding extends Folding {

        PassportFold passport;
        List<CustodyView> custody = new ArrayList<>();

        @Override
        String aggregateType() {
            return "Passport";
        }

        @Override
        void apply(Object event, HistoryEntry entry) {
            if (event instanceof PassportIssued issued) {
                passport = PassportFold.issued(issued);
                custody.add(new CustodyView(Custodian.HOLDER, null, null, null, issued.issuedOn(), true, null, null,
                        entry.actor(), entry.storedAt()));
                return;
            }
            passport = passport.apply(event);
            if (event instanceof PassportCustodyTransferred moved) {
                close(moved.since());
                custody.add(new CustodyView(moved.custodian(), moved.custodianName(), moved.agencyId(),
                        moved.country(), moved.since(), moved.holderConsent(), moved.note(), null, entry.actor(),
                        entry.storedAt()));
            } else if (event instanceof PassportReturnedToHolder returned) {
                close(returned.returnedOn());
                custody.add(new CustodyView(Custodian.HOLDER, null, null, null, returned.returnedOn(), true, null,
                        null, entry.actor(), entry.storedAt()));
            }
        }

        private void close(LocalDate until) {
            CustodyView last = custody.remove(custody.size() - 1);
            custody.add(new CustodyView(last.custodian(), last.custodianName(), last.agencyId(), last.country(),
                    last.since(), last.holderConsent(), last.note(), until, last.recordedBy(), last.storedAt()));
        }

        @Override
        Object view(Instant asOf) {
            PassportFold p = passport;
            PassportFold.Standing standing = p.standingOn(LocalDate.ofInstant(asOf, LAOS));
            return new PassportView(p.passportId(), p.holderPersonId(), p.passportNumber(), p.issuedOn(),
                    p.expiresOn(), standing.status(), standing.since(), custody.get(custody.size() - 1),
                    List.copyOf(custody));
        }
    }

    /** An agency's licence; its timeline, kept as the entries it shows, is enough to judge its status on a day. */
    static final class AgencyFolding extends Folding {

        AgencyLicensed licensed;
        List<LicenceEventView> timeline = new ArrayList<>();

        @Override
        String aggregateType() {
            return "RecruitmentAgency";
        }

        @Override
        void apply(Object event, HistoryEntry entry) {
            if (event instanceof AgencyLicensed e) {
                licensed = e;
                timeline.add(new LicenceEventView("LICENSED", e.licensedFrom(), e.licensedUntil(), null,
                        entry.actor(), entry.storedAt()));
            } else if (event instanceof LicenceRenewed e) {
                timeline.add(new LicenceEventView("RENEWED", e.renewedOn(), e.licensedUntil(), null, entry.actor(),
                        entry.storedAt()));
            } else if (event instanceof LicenceSuspended e) {
                timeline.add(new LicenceEventView("SUSPENDED", e.from(), e.until(), e.reason(), entry.actor(),
                        entry.storedAt()));
            } else if (event instanceof LicenceReinstated e) {
                timeline.add(new LicenceEventView("REINSTATED", e.on(), null, null, entry.actor(), entry.storedAt()));
            } else if (event instanceof LicenceRevoked e) {
                timeline.add(new LicenceEventView("REVOKED", e.on(), null, e.reason(), entry.actor(),
                        entry.storedAt()));
            } else if (event instanceof AgencyClosed e) {
                timeline.add(new LicenceEventView("CLOSED", e.closedOn(), null, e.reason(), entry.actor(),
                        entry.storedAt()));
            }
        }


        @Override
        Object view(Instant asOf) {
            LocalDate day = LocalDate.ofInstant(asOf, LAOS);
            LicenceTimeline licence = LicenceTimeline.of(timeline);
            return new AgencyView(licensed.agencyId(), licensed.name(), licensed.licenceNumber(), licensed.address(),
                    licensed.destinations(), licensed.sectors(), day, licence.statusOn(day), licence.licensedFrom(),
                    licence.licensedUntil(), List.copyOf(timeline));
        }
    }

    static final class ContractFolding extends Folding {

        ContractFold contract;
        List<FeeView> fees = new ArrayList<>();

        @Override
        String aggregateType() {
            return "RecruitmentContract";
        }

        @Override
        void apply(Object event, HistoryEntry entry) {
            if (event instanceof ContractRegistered registered) {
                contract = ContractFold.registered(registered);
                return;
            }
            contract = contract.apply(event);
            if (event instanceof FeePaymentRecorded e) {
                fees.add(new FeeView(e.payer(), e.payeeAgencyId(), e.payeeName(), e.type(), e.amount(), e.paidOn(),
                        e.receiptNumber()));
            }
        }

        @Override
        Object view(Instant asOf) {
            ContractRegistered c = contract.registered();
            ContractFold f = contract;
            ContractExplainedToWorker explained = f.explanation();
            return new ContractView(c.contractId(), c.workerPersonId(), c.agencyId(), c.channel(), c.employerName(),
                    c.destinationCountry(), c.sector(), c.jobTitle(), c.monthlyWage(), c.durationMonths(),
                    c.contractLanguage(), c.signedOn(), f.state(), f.approvedOn(), f.departedOn(), f.returnedOn(),
                    f.returnReason(), f.terminatedOn(), explained == null ? null : explained.explainedOn(),
                    explained == null ? null : explained.language(),
                    explained == null ? null : explained.workerAcknowledged(), List.copyOf(fees),
                    f.savingsBalance(), List.of(), List.copyOf(history));
        }
    }

    static final class GrievanceFolding extends Folding {

        GrievanceRegistered registered;
        PersonId worker;
        List<CaseFileView.Evidence> evidence = new ArrayList<>();
        CaseFileView.Screening screening;
        /** In the order they were made; an answer takes its referral's place. */
        List<CaseFileView.Referral> referrals = new ArrayList<>();
        GrievanceResolved resolved;
        LocalDate closedOn;
        CaseFileView.Erasure erasure;

        @Override
        String aggregateType() {
            return "Grievance";
        }

        @Override
        void apply(Object event, HistoryEntry entry) {
            if (event instanceof GrievanceRegistered e) {
                registered = e;
                worker = e.workerPersonId();
            } else if (event instanceof GrievanceWorkerIdentified e) {
                worker = e.personId();
            } else if (event instanceof GrievanceEvidenceAdded e) {
                evidence.add(new CaseFileView.Evidence(SealedText.envelopeOf(e.description()), e.documentReference(),
                        e.addedOn()));
            } else if (event instanceof TraffickingScreeningCompleted e) {
                screening = new CaseFileView.Screening(e.indicators(), e.outcome(), e.decidedBy(), e.screenedOn());
            } else if (event instanceof GrievanceReferred e) {
                referrals.removeIf(r -> r.id().equals(e.referralId()));
                referrals.add(new CaseFileView.Referral(e.referralId(), e.to(), e.consent(), e.overrideReason(),
                        e.referredOn(), null, null, null));
            } else if (event instanceof ReferralAnswered e) {
                for (int i = 0; i < referrals.size(); i++) {
                    CaseFileView.Referral r = referrals.get(i);
                    if (r.id().equals(e.referralId())) {
                        referrals.set(i, new CaseFileView.Referral(r.id(), r.to(), r.consent(), r.overrideReason(),
                                r.referredOn(), e.answer(), e.reason(), e.answeredOn()));
                    }
                }
            } else if (event instanceof GrievanceResolved e) {
                resolved = e;
            } else if (event instanceof GrievanceClosed e) {
                closedOn = e.closedOn();
            } else if (event instanceof CaseFileErased e) {
                erasure = new CaseFileView.Erasure(e.ground(), e.reason(), e.erasedOn());
                evidence.replaceAll(item -> new CaseFileView.Evidence(null, item.documentReference(), item.addedOn()));
            }
        }

        @Override
        Object view(Instant asOf) {
            GrievanceRegistered g = registered;
            GrievanceStatus status = closedOn != null ? GrievanceStatus.CLOSED
                    : resolved != null ? GrievanceStatus.RESOLVED : GrievanceStatus.OPEN;
            boolean erased = erasure != null;
            // Sealed texts stay sealed here: the reader opens them with the case's key, if it still exists.
            CaseFileView caseFile = new CaseFileView(worker,
                    erased ? null : SealedText.envelopeOf(g.workerName()),
                    erased ? null : SealedText.envelopeOf(g.passportNumber()), g.contractId(), g.employerName(),
                    g.city(), erased ? null : SealedText.envelopeOf(g.narrative()), List.copyOf(evidence), screening,
                    List.copyOf(referrals), resolved == null ? java.util.Set.of() : resolved.outcomes(),
                    resolved == null ? null : resolved.wagesRecovered(), List.copyOf(history), erasure);
            return new GrievanceView(g.grievanceId(), g.country(), g.channel(), g.categories(), status,
                    g.reportedOn(), resolved == null ? null : resolved.resolvedOn(), closedOn, caseFile);
        }
    }

    /** A record of a type without a read shape of its own: its first event stands for it. */
    static final class FirstEventOnly extends Folding {

        Object first;

        @Override
        String aggregateType() {
            return first.getClass().getSimpleName();
        }

        @Override
        void apply(Object event, HistoryEntry entry) {
            if (first == null) {
                first = event;
            }
        }

        @Override
        Object view(Instant asOf) {
            return first;
        }

        @Override
        boolean storable() {
            return false;
        }
    }
}
