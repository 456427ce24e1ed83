package io.tabien.registry.documents.command;

import io.tabien.contracts.documents.Custodian;
import io.tabien.contracts.documents.IssuePassport;
import io.tabien.contracts.documents.PassportCustodyTransferred;
import io.tabien.contracts.documents.PassportId;
import io.tabien.contracts.documents.PassportIssued;
import io.tabien.contracts.documents.PassportReportedLost;
import io.tabien.contracts.documents.PassportReturnedToHolder;
import io.tabien.contracts.documents.PassportRevoked;
import io.tabien.contracts.documents.ReportPassportLost;
import io.tabien.contracts.documents.ReturnPassportToHolder;
import io.tabien.contracts.documents.RevokePassport;
import io.tabien.contracts.documents.TransferPassportCustody;
import io.tabien.registry.civil.CivilRecords;
import io.tabien.registry.documents.PassportFold;
import io.tabien.registry.platform.errors.DateInFuture;
import io.tabien.registry.platform.errors.PersonDeceased;
import io.tabien.registry.platform.errors.RequiredFieldMissing;
import io.tabien.registry.platform.reference.Countries;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A passport and the hands it passes through. It is issued only when its machine-readable zone checks out and
 * agrees with the request and with the holder's civil record; once lost or revoked its custody no longer changes.
 * It knows the country of its custody (that of its last change of hands; none while it is with its holder since
 * its issue or a return), because a labour attaché acts only on custody in their own country.
 */
@Aggregate
class Passport {

    @AggregateIdentifier
    private PassportId passportId;
    /** The passport's state, evolved by the one fold its read models and audit use too. */
    private PassportFold passport;

    Passport() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Passport(IssuePassport command, PassportPolicy policy, DocumentLookups lookups) {
        require(command.holderPersonId(), "holderPersonId");
        require(command.passportNumber(), "passportNumber");
        require(command.issuedOn(), "issuedOn");
        require(command.expiresOn(), "expiresOn");
        MachineReadableZone mrz = MachineReadableZone.parse(command.mrzLine1(), command.mrzLine2());
        if (!mrz.issuingState().equals(policy.issuingState())) {
            throw new WrongIssuingState(policy.issuingState());
        }
        String number = command.passportNumber().strip();
        mustAgree(mrz.documentNumber().equals(number), "mrz.documentNumber",
                "The MRZ document number " + mrz.documentNumber() + " differs from the passport number.");
        mustAgree(MachineReadableZone.expiryAgrees(mrz.expiryDate(), command.expiresOn()), "mrz.expiryDate",
                "The MRZ expiry date differs from expiresOn.");
        LocalDate today = policy.today();
        if (command.issuedOn().isAfter(today)) {
            throw new DateInFuture("issuedOn", today);
        }
        if (!command.expiresOn().isAfter(command.issuedOn())) {
            throw new ExpiryNotAfterIssue();
        }
        if (command.expiresOn().isBefore(today)) {
            throw new PassportAlreadyExpired(today);
        }
        CivilRecords.CivilRecord holder = policy.civilRecords().civilRecord(command.holderPersonId())
                .orElseThrow(HolderNotRegistered::new);
        if (!holder.alive()) {
            throw new PersonDeceased("holderPersonId");
        }
        mustAgree(MachineReadableZone.birthDateAgrees(mrz.birthDate(), holder.dateOfBirth()), "mrz.birthDate",
                "The MRZ birth date differs from the holder's civil record.");
        mustAgree(MachineReadableZone.sexAgrees(mrz.sex(), holder.sex()), "mrz.sex",
                "The MRZ sex differs from the holder's civil record.");
        if (lookups.numberTaken(number)) {
            throw new PassportNumberTaken(number);
        }
        lookups.validPassportOf(command.holderPersonId(), today).ifPresent(valid -> {
            throw new HolderHasValidPassport(valid.toString());
        });
        apply(new PassportIssued(command.passportId(), command.holderPersonId(), number, command.issuedOn(),
                command.expiresOn(), command.mrzLine1(), command.mrzLine2()));
    }

    @CommandHandler
    void handle(TransferPassportCustody command, PassportPolicy policy, MetaData metadata) {
        mustBeInForce();
        require(command.custodian(), "custodian");
        require(command.since(), "since");
        if (command.custodian() != Custodian.HOLDER
                && (command.custodianName() == null || command.custodianName().isBlank())) {
            throw new CustodianNameRequired();
        }
        Countries.mustBeACountry(command.country(), "country");
        if (!passport.inNoKnownCountry()) {
            policy.mustHandleCustodyIn(metadata, passport.custodyCountry());
        }
        policy.mustHandleCustodyIn(metadata, command.country());
        mustBeAPlausibleDate(command.since(), "since", policy);
        apply(new PassportCustodyTransferred(passportId, command.custodian(), stripped(command.custodianName()),
                command.agencyId(), command.country(), command.since(), command.holderConsent(),
                stripped(command.note())));
    }

    /** The passport goes back to its holder where it is held: only someone who handles custody there returns it. */
    @CommandHandler
    void handle(ReturnPassportToHolder command, PassportPolicy policy, MetaData metadata) {
        mustBeInForce();
        require(command.returnedOn(), "returnedOn");
        if (passport.custodian() == Custodian.HOLDER) {
            throw new AlreadyWithHolder();
        }
        policy.mustHandleCustodyIn(metadata, passport.custodyCountry());
        mustBeAPlausibleDate(command.returnedOn(), "returnedOn", policy);
        apply(new PassportReturnedToHolder(passportId, command.returnedOn()));
    }

    @CommandHandler
    void handle(ReportPassportLost command, PassportPolicy policy) {
        mustBeInForce();
        require(command.reportedOn(), "reportedOn");
        mustNotLieInTheFuture(command.reportedOn(), "reportedOn", policy);
        apply(new PassportReportedLost(passportId, command.reportedOn(), stripped(command.reason())));
    }

    @CommandHandler
    void handle(RevokePassport command, PassportPolicy policy) {
        if (passport.revoked()) {
            throw new PassportAlreadyRevoked();
        }
        require(command.revokedOn(), "revokedOn");
        require(command.reason(), "reason");
        mustNotLieInTheFuture(command.revokedOn(), "revokedOn", policy);
        apply(new PassportRevoked(passportId, command.revokedOn(), command.reason().strip()));
    }

    @EventSourcingHandler
    void on(PassportIssued event) {
        this.passportId = event.passportId();
        this.passport = PassportFold.issued(event);
    }

    @EventSourcingHandler
    void on(PassportCustodyTransferred event) {
        passport = passport.apply(event);
    }

    @EventSourcingHandler
    void on(PassportReturnedToHolder event) {
        passport = passport.apply(event);
    }

    @EventSourcingHandler
    void on(PassportReportedLost event) {
        passport = passport.apply(event);
    }

    @EventSourcingHandler
    void on(PassportRevoked event) {
        passport = passport.apply(event);
    }

    private void mustBeInForce() {
        if (passport.revoked()) {
            throw new PassportNotInForce("revoked");
        }
        if (passport.lost()) {
            throw new PassportNotInForce("reported lost");
        }
    }

    /** A change of hands happens after the issue and after the previous change, and not in the future. */
    private void mustBeAPlausibleDate(LocalDate date, String field, PassportPolicy policy) {
        mustNotLieInTheFuture(date, field, policy);
        if (date.isBefore(passport.issuedOn())) {
            throw new CustodyBeforeIssue(field);
        }
        if (date.isBefore(passport.custodySince())) {
            throw new CustodyGoesBackInTime(field, passport.custodySince());
        }
    }

    private static void mustNotLieInTheFuture(LocalDate date, String field, PassportPolicy policy) {
        LocalDate today = policy.today();
        if (date.isAfter(today)) {
            throw new DateInFuture(field, today);
        }
    }

    private static void mustAgree(boolean agrees, String field, String message) {
        if (!agrees) {
            throw new MrzDisagrees(field, message);
        }
    }

    private static void require(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new RequiredFieldMissing(field);
        }
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
