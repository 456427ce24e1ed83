package io.tabien.registry.documents;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.documents.Custodian;
import io.tabien.contracts.documents.PassportCustodyTransferred;
import io.tabien.contracts.documents.PassportId;
import io.tabien.contracts.documents.PassportIssued;
import io.tabien.contracts.documents.PassportReportedLost;
import io.tabien.contracts.documents.PassportReturnedToHolder;
import io.tabien.contracts.documents.PassportRevoked;
import io.tabien.contracts.documents.PassportStatus;

import java.time.LocalDate;

/**
 * A passport as its events make it: the one account of its standing and its custody that the passport decides by,
 * its read models show and an audit of its history folds, with the one expiry rule they all read it by.
 *
 * @param status         {@code ISSUED}, {@code LOST} or {@code REVOKED} as recorded; expiry is judged on a day
 * @param statusSince    the day of that status
 * @param custodyCountry where it is held since its last change of hands; null while with its holder since its issue
 *                       or a return
 */
public record PassportFold(PassportId passportId, PersonId holderPersonId, String passportNumber, LocalDate issuedOn,
                           LocalDate expiresOn, PassportStatus status, LocalDate statusSince, Custodian custodian,
                           LocalDate custodySince, String custodyCountry) {

    /** A status on a given day, with the day it began. */
    public record Standing(PassportStatus status, LocalDate since) {
    }

    public static PassportFold issued(PassportIssued event) {
        return new PassportFold(event.passportId(), event.holderPersonId(), event.passportNumber(), event.issuedOn(),
                event.expiresOn(), PassportStatus.ISSUED, event.issuedOn(), Custodian.HOLDER, event.issuedOn(), null);
    }

    /** The passport after {@code event}. */
    public PassportFold apply(Object event) {
        if (event instanceof PassportCustodyTransferred e) {
            return new PassportFold(passportId, holderPersonId, passportNumber, issuedOn, expiresOn, status,
                    statusSince, e.custodian(), e.since(), e.country());
        }
        if (event instanceof PassportReturnedToHolder e) {
            return new PassportFold(passportId, holderPersonId, passportNumber, issuedOn, expiresOn, status,
                    statusSince, Custodian.HOLDER, e.returnedOn(), null);
        }
        if (event instanceof PassportReportedLost e) {
            return new PassportFold(passportId, holderPersonId, passportNumber, issuedOn, expiresOn,
                    PassportStatus.LOST, e.reportedOn(), custodian, custodySince, custodyCountry);
        }
        if (event instanceof PassportRevoked e) {
            return new PassportFold(passportId, holderPersonId, passportNumber, issuedOn, expiresOn,
                    PassportStatus.REVOKED, e.revokedOn(), custodian, custodySince, custodyCountry);
        }
        return this;
    }

    public boolean revoked() {
        return status == PassportStatus.REVOKED;
    }

    public boolean lost() {
        return status == PassportStatus.LOST;
    }

    /** With its holder since its issue or a return: nowhere an attaché reaches until someone records where. */
    public boolean inNoKnownCountry() {
        return custodian == Custodian.HOLDER && custodyCountry == null;
    }

    public Standing standingOn(LocalDate day) {
        return standing(status, statusSince, expiresOn, day);
    }

    /**
     * The expiry rule: a passport in force whose expiry date lies before {@code day} is expired since the day after;
     * a lost or revoked one keeps that status. Read models keep the recorded status and judge expiry when read.
     */
    public static Standing standing(PassportStatus recorded, LocalDate since, LocalDate expiresOn, LocalDate day) {
        if (recorded == PassportStatus.ISSUED && expiresOn.isBefore(day)) {
            return new Standing(PassportStatus.EXPIRED, expiresOn.plusDays(1));
        }
        return new Standing(recorded, since);
    }
}
