package io.tabien.registry.audit.state;

import io.tabien.contracts.HistoryEntry;
import io.tabien.contracts.civil.BirthRecordChanges;
import io.tabien.contracts.civil.BirthRecordCorrected;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.DeathRegistered;
import io.tabien.contracts.civil.DuplicateBirthReviewed;
import io.tabien.contracts.civil.DuplicateDecision;
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
import io.tabien.contracts.documents.PassportReportedLost;
import io.tabien.contracts.documents.PassportReturnedToHolder;
import io.tabien.contracts.documents.PassportRevoked;
import io.tabien.contracts.documents.PassportStatus;
import io.tabien.contracts.documents.PassportView;
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
import io.tabien.contracts.grievance.TraffickingScreeningCompleted;
import io.tabien.contracts.labour.AgencyClosed;
import io.tabien.contracts.labour.AgencyLicensed;
import io.tabien.contracts.labour.AgencyView;
import io.tabien.contracts.labour.ContractApproved;
import io.tabien.contracts.labour.ContractExplainedToWorker;
import io.tabien.contracts.labour.ContractRegistered;
import io.tabien.contracts.labour.ContractRejected;
import io.tabien.contracts.labour.ContractState;
import io.tabien.contracts.labour.ContractTerminated;
import io.tabien.contracts.labour.ContractView;
import io.tabien.contracts.labour.FeePaymentRecorded;
import io.tabien.contracts.labour.FeeView;
import io.tabien.contracts.labour.LicenceEventView;
import io.tabien.contracts.labour.LicenceReinstated;
import io.tabien.contracts.labour.LicenceRenewed;
import io.tabien.contracts.labour.LicenceRevoked;
import io.tabien.contracts.labour.LicenceSuspended;
import io.tabien.contracts.labour.Money;
import io.tabien.contracts.labour.SavingsDeposited;
import io.tabien.contracts.labour.SavingsRefunded;
import io.tabien.contracts.labour.WorkerDeparted;
import io.tabien.contracts.labour.WorkerReturned;
import io.tabien.registry.labour.LicenceTimeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds one record's events into its read shape. Each record type has one fold; the first event says which.
 * The folds follow the projections' rules, but from the record's own stream only.
 */
final class Folds {

    private static final ZoneId LAOS = ZoneId.of("Asia/Vientiane");

    private Folds() {
    }

    static AggregateStates.Folded fold(List<AggregateStates.Recorded> stream, Instant asOf) {
        Object first = stream.get(0).payload();
        List<HistoryEntry> history = stream.stream().map(AggregateStates.Recorded::entry).toList();
        if (first instanceof BirthRegistered) {
            return new AggregateStates.Folded("Person", person(stream, history));
        }
        if (first instanceof FamilyBookIssued) {
            return new AggregateStates.Folded("FamilyBook", familyBook(stream, history));
        }
        if (first instanceof PassportIssued) {
            return new AggregateStates.Folded("Passport", passport(stream, LocalDate.ofInstant(asOf, LAOS)));
        }
        if (first instanceof AgencyLicensed) {
            return new AggregateStates.Folded("RecruitmentAgency", agency(stream, LocalDate.ofInstant(asOf, LAOS)));
        }
        if (first instanceof ContractRegistered) {
            return new AggregateStates.Folded("RecruitmentContract", contract(stream, history));
        }
        if (first instanceof GrievanceRegistered) {
            return new AggregateStates.Folded("Grievance", grievance(stream, history));
        }
        return new AggregateStates.Folded(first.getClass().getSimpleName(), first);
    }

    private static PersonView person(List<AggregateStates.Recorded> stream, List<HistoryEntry> history) {
        BirthRegistered birth = (BirthRegistered) stream.get(0).payload();
        PersonView view = new PersonView(birth.personId(), birth.givenName(), birth.familyName(), birth.givenNameLatin(),
                birth.familyNameLatin(), birth.sex(), birth.dateOfBirth(), birth.placeOfBirth(), birth.mother(),
                birth.father(), birth.informant(), birth.lateRegistration(), stream.get(0).entry().storedAt(),
                stream.get(0).entry().office(), null, null, null, List.of(), List.of(), List.of(), history,
                stream.size() - 1, null, List.of());
        for (AggregateStates.Recorded recorded : stream) {
            if (recorded.payload() instanceof BirthRecordCorrected correction) {
                BirthRecordChanges c = correction.changes();
                view = new PersonView(view.id(),
                        c.changes(BirthRecordField.givenName) ? c.givenName() : view.givenName(),
                        c.changes(BirthRecordField.familyName) ? c.familyName() : view.familyName(),
                        c.changes(BirthRecordField.givenNameLatin) ? c.givenNameLatin() : view.givenNameLatin(),
                        c.changes(BirthRecordField.familyNameLatin) ? c.familyNameLatin() : view.familyNameLatin(),
                        c.changes(BirthRecordField.sex) ? c.sex() : view.sex(),
                        c.changes(BirthRecordField.dateOfBirth) ? c.dateOfBirth() : view.dateOfBirth(),
                        c.changes(BirthRecordField.placeOfBirth) ? c.placeOfBirth() : view.placeOfBirth(),
                        c.changes(BirthRecordField.mother) ? c.mother() : view.mother(),
                        c.changes(BirthRecordField.father) ? c.father() : view.father(),
                        c.changes(BirthRecordField.informant) ? c.informant() : view.informant(),
                        view.lateRegistration(), view.registeredAt(), view.registrationOffice(), view.dateOfDeath(),
                        view.placeOfDeath(), null, List.of(), List.of(), List.of(), history, view.version(),
                        view.duplicateOf(), view.duplicates());
            } else if (recorded.payload() instanceof DeathRegistered death) {
                view = new PersonView(view.id(), view.givenName(), view.familyName(), view.givenNameLatin(),
                        view.familyNameLatin(), view.sex(), view.dateOfBirth(), view.placeOfBirth(), view.mother(),
                        view.father(), view.informant(), view.lateRegistration(), view.registeredAt(),
                        view.registrationOffice(), death.dateOfDeath(), death.placeOfDeath(), null, List.of(),
                        List.of(), List.of(), history, view.version(), view.duplicateOf(), view.duplicates());
            } else if (recorded.payload() instanceof DuplicateBirthReviewed review
                    && review.decision() == DuplicateDecision.SAME_PERSON) {
                // Only what the record's own stream says: a review recorded on the other birth is another record.
                boolean later = review.laterPersonId().equals(view.id());
                List<PersonId> duplicates = new ArrayList<>(view.duplicates());
                if (!later) {
                    duplicates.add(review.laterPersonId());
                }
                view = new PersonView(view.id(), view.givenName(), view.familyName(), view.givenNameLatin(),
                        view.familyNameLatin(), view.sex(), view.dateOfBirth(), view.placeOfBirth(), view.mother(),
                        view.father(), view.informant(), view.lateRegistration(), view.registeredAt(),
                        view.registrationOffice(), view.dateOfDeath(), view.placeOfDeath(), null, List.of(),
                        List.of(), List.of(), history, view.version(), later ? review.earlierPersonId() : view.duplicateOf(),
                        List.copyOf(duplicates));
            }
        }
        return view;
    }

    private static FamilyBookView familyBook(List<AggregateStates.Recorded> stream, List<HistoryEntry> history) {
        FamilyBookIssued issued = (FamilyBookIssued) stream.get(0).payload();
        Map<PersonId, FamilyMemberView> members = new LinkedHashMap<>();
        members.put(issued.headPersonId(), new FamilyMemberView(issued.headPersonId(), Relationship.HEAD, null,
                issued.issuedOn()));
        PersonId head = issued.headPersonId();
        String number = issued.bookNumber();
        List<String> previous = new ArrayList<>();
        for (AggregateStates.Recorded recorded : stream) {
            Object event = recorded.payload();
            if (event instanceof FamilyMemberAdded added) {
                members.put(added.personId(), new FamilyMemberView(added.personId(), added.relationship(),
                        added.reason(), added.effectiveDate()));
            } else if (event instanceof FamilyMemberRemoved removed) {
                members.remove(removed.personId());
                if (removed.personId().equals(head)) {
                    head = null;
                }
            } else if (event instanceof HeadOfHouseholdChanged changed) {
                FamilyMemberView former = changed.previousHeadPersonId() == null ? null
                        : members.get(changed.previousHeadPersonId());
                if (former != null) {
                    members.put(former.personId(), new FamilyMemberView(former.personId(), Relationship.OTHER,
                            former.reason(), former.since()));
                }
                FamilyMemberView next = members.get(changed.newHeadPersonId());
                members.put(next.personId(), new FamilyMemberView(next.personId(), Relationship.HEAD, next.reason(),
                        next.since()));
                head = changed.newHeadPersonId();
            } else if (event instanceof FamilyBookReplaced replaced) {
                previous.add(replaced.previousBookNumber());
                number = replaced.newBookNumber();
            }
        }
        return new FamilyBookView(issued.familyBookId(), number, previous, issued.address(), head, issued.issuedOn(),
                List.copyOf(members.values()), history, stream.size() - 1);
    }

    private static PassportView passport(List<AggregateStates.Recorded> stream, LocalDate day) {
        PassportIssued issued = (PassportIssued) stream.get(0).payload();
        List<CustodyView> custody = new ArrayList<>();
        PassportStatus status = PassportStatus.ISSUED;
        LocalDate statusSince = issued.issuedOn();
        for (AggregateStates.Recorded recorded : stream) {
            Object event = recorded.payload();
            HistoryEntry entry = recorded.entry();
            if (event instanceof PassportIssued) {
                custody.add(new CustodyView(Custodian.HOLDER, null, null, null, issued.issuedOn(), true, null, null,
                        entry.actor(), entry.storedAt()));
            } else if (event instanceof PassportCustodyTransferred moved) {
                close(custody, moved.since());
                custody.add(new CustodyView(moved.custodian(), moved.custodianName(), moved.agencyId(), moved.country(),
                        moved.since(), moved.holderConsent(), moved.note(), null, entry.actor(), entry.storedAt()));
            } else if (event instanceof PassportReturnedToHolder returned) {
                close(custody, returned.returnedOn());
                custody.add(new CustodyView(Custodian.HOLDER, null, null, null, returned.returnedOn(), true, null, null,
                        entry.actor(), entry.storedAt()));
            } else if (event instanceof PassportReportedLost lost) {
                status = PassportStatus.LOST;
                statusSince = lost.reportedOn();
            } else if (event instanceof PassportRevoked revoked) {
                status = PassportStatus.REVOKED;
                statusSince = revoked.revokedOn();
            }
        }
        if (status == PassportStatus.ISSUED && issued.expiresOn().isBefore(day)) {
            status = PassportStatus.EXPIRED;
            statusSince = issued.expiresOn().plusDays(1);
        }
        return new PassportView(issued.passportId(), issued.holderPersonId(), issued.passportNumber(),
                issued.issuedOn(), issued.expiresOn(), status, statusSince, custody.get(custody.size() - 1), custody);
    }

    private static void close(List<CustodyView> custody, LocalDate until) {
        CustodyView last = custody.remove(custody.size() - 1);
        custody.add(new CustodyView(last.custodian(), last.custodianName(), last.agencyId(), last.country(),
                last.since(), last.holderConsent(), last.note(), until, last.recordedBy(), last.storedAt()));
    }

    private static AgencyView agency(List<AggregateStates.Recorded> stream, LocalDate day) {
        AgencyLicensed licensed = (AgencyLicensed) stream.get(0).payload();
        LicenceTimeline licence = LicenceTimeline.licensed(licensed.licensedFrom(), licensed.licensedUntil());
        List<LicenceEventView> timeline = new ArrayList<>();
        for (AggregateStates.Recorded recorded : stream) {
            HistoryEntry entry = recorded.entry();
            Object event = recorded.payload();
            if (event instanceof AgencyLicensed e) {
                timeline.add(new LicenceEventView("LICENSED", e.licensedFrom(), e.licensedUntil(), null, entry.actor(),
                        entry.storedAt()));
            } else if (event instanceof LicenceRenewed e) {
                licence = licence.renewed(e.renewedOn(), e.licensedUntil());
                timeline.add(new LicenceEventView("RENEWED", e.renewedOn(), e.licensedUntil(), null, entry.actor(),
                        entry.storedAt()));
            } else if (event instanceof LicenceSuspended e) {
                licence = licence.suspended(e.from(), e.until());
                timeline.add(new LicenceEventView("SUSPENDED", e.from(), e.until(), e.reason(), entry.actor(),
                        entry.storedAt()));
            } else if (event instanceof LicenceReinstated e) {
                licence = licence.reinstated(e.on());
                timeline.add(new LicenceEventView("REINSTATED", e.on(), null, null, entry.actor(), entry.storedAt()));
            } else if (event instanceof LicenceRevoked e) {
                licence = licence.revoked(e.on());
                timeline.add(new LicenceEventView("REVOKED", e.on(), null, e.reason(), entry.actor(), entry.storedAt()));
            } else if (event instanceof AgencyClosed e) {
                licence = licence.closed(e.closedOn());
                timeline.add(new LicenceEventView("CLOSED", e.closedOn(), null, e.reason(), entry.actor(),
                        entry.storedAt()));
            }
        }
        return new AgencyView(licensed.agencyId(), licensed.name(), licensed.licenceNumber(), licensed.address(),
                licensed.destinations(), licensed.sectors(), day, licence.statusOn(day), licence.licensedFrom(),
                licence.licensedUntil(), timeline);
    }

    private static ContractView contract(List<AggregateStates.Recorded> stream, List<HistoryEntry> history) {
        ContractRegistered c = (ContractRegistered) stream.get(0).payload();
        LocalDate approved = null;
        LocalDate departed = null;
        WorkerReturned returned = null;
        LocalDate terminated = null;
        boolean rejected = false;
        ContractExplainedToWorker explained = null;
        List<FeeView> fees = new ArrayList<>();
        Map<String, BigDecimal> savings = new TreeMap<>();
        for (AggregateStates.Recorded recorded : stream) {
            Object event = recorded.payload();
            if (event instanceof ContractApproved e) {
                approved = e.approvedOn();
            } else if (event instanceof ContractRejected) {
                rejected = true;
            } else if (event instanceof WorkerDeparted e) {
                departed = e.departedOn();
            } else if (event instanceof WorkerReturned e) {
                returned = e;
            } else if (event instanceof ContractTerminated e) {
                terminated = e.terminatedOn();
            } else if (event instanceof ContractExplainedToWorker e && (explained == null || !explained.workerAcknowledged())) {
                explained = e;
            } else if (event instanceof FeePaymentRecorded e) {
                fees.add(new FeeView(e.payer(), e.payeeAgencyId(), e.payeeName(), e.type(), e.amount(), e.paidOn(),
                        e.receiptNumber()));
            } else if (event instanceof SavingsDeposited e) {
                savings.merge(e.amount().currency(), e.amount().amount(), BigDecimal::add);
            } else if (event instanceof SavingsRefunded e) {
                savings.merge(e.amount().currency(), e.amount().amount().negate(), BigDecimal::add);
            }
        }
        ContractState state = terminated != null ? ContractState.TERMINATED : rejected ? ContractState.REJECTED
                : returned != null ? ContractState.RETURNED : departed != null ? ContractState.DEPARTED
                : approved != null ? ContractState.APPROVED : ContractState.REGISTERED;
        List<Money> balance = savings.entrySet().stream().filter(entry -> entry.getValue().signum() != 0)
                .map(entry -> new Money(entry.getValue(), entry.getKey())).toList();
        return new ContractView(c.contractId(), c.workerPersonId(), c.agencyId(), c.channel(), c.employerName(),
                c.destinationCountry(), c.sector(), c.jobTitle(), c.monthlyWage(), c.durationMonths(),
                c.contractLanguage(), c.signedOn(), state, approved, departed,
                returned == null ? null : returned.returnedOn(), returned == null ? null : returned.reason(),
                terminated, explained == null ? null : explained.explainedOn(),
                explained == null ? null : explained.language(), explained == null ? null : explained.workerAcknowledged(),
                fees, balance, List.of(), history);
    }

    private static GrievanceView grievance(List<AggregateStates.Recorded> stream, List<HistoryEntry> history) {
        GrievanceRegistered g = (GrievanceRegistered) stream.get(0).payload();
        var worker = g.workerPersonId();
        List<CaseFileView.Evidence> evidence = new ArrayList<>();
        CaseFileView.Screening screening = null;
        Map<Object, CaseFileView.Referral> referrals = new LinkedHashMap<>();
        GrievanceResolved resolved = null;
        LocalDate closedOn = null;
        for (AggregateStates.Recorded recorded : stream) {
            Object event = recorded.payload();
            if (event instanceof GrievanceWorkerIdentified e) {
                worker = e.personId();
            } else if (event instanceof GrievanceEvidenceAdded e) {
                evidence.add(new CaseFileView.Evidence(e.description(), e.documentReference(), e.addedOn()));
            } else if (event instanceof TraffickingScreeningCompleted e) {
                screening = new CaseFileView.Screening(e.indicators(), e.outcome(), e.decidedBy(), e.screenedOn());
            } else if (event instanceof GrievanceReferred e) {
                referrals.put(e.referralId(), new CaseFileView.Referral(e.referralId(), e.to(), e.consent(),
                        e.overrideReason(), e.referredOn(), null, null, null));
            } else if (event instanceof ReferralAnswered e) {
                CaseFileView.Referral r = referrals.get(e.referralId());
                referrals.put(e.referralId(), new CaseFileView.Referral(r.id(), r.to(), r.consent(), r.overrideReason(),
                        r.referredOn(), e.answer(), e.reason(), e.answeredOn()));
            } else if (event instanceof GrievanceResolved e) {
                resolved = e;
            } else if (event instanceof GrievanceClosed e) {
                closedOn = e.closedOn();
            }
        }
        GrievanceStatus status = closedOn != null ? GrievanceStatus.CLOSED
                : resolved != null ? GrievanceStatus.RESOLVED : GrievanceStatus.OPEN;
        CaseFileView caseFile = new CaseFileView(worker, g.workerName(), g.passportNumber(), g.contractId(),
                g.employerName(), g.city(), g.narrative(), evidence, screening, List.copyOf(referrals.values()),
                resolved == null ? java.util.Set.of() : resolved.outcomes(),
                resolved == null ? null : resolved.wagesRecovered(), history);
        return new GrievanceView(g.grievanceId(), g.country(), g.channel(), g.categories(), status, g.reportedOn(),
                resolved == null ? null : resolved.resolvedOn(), closedOn, caseFile);
    }
}
