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
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PassportFoldTest {

    private static final PassportId PASSPORT = new PassportId(UUID.fromString("5d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a"));
    private static final LocalDate ISSUED = LocalDate.of(2020, 3, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2030, 2, 28);
    private static final PassportFold PASSPORT_ISSUED = PassportFold.issued(new PassportIssued(PASSPORT,
            new PersonId(UUID.fromString("3f1e2d3c-4b5a-4697-8a1b-2c3d4e5f6a7b")), "P1234567", ISSUED, EXPIRES,
            "line1", "line2"));

    @Test
    void givenAnIssueThenItIsWithItsHolderInNoKnownCountry() {
        assertThat(PASSPORT_ISSUED.custodian()).isEqualTo(Custodian.HOLDER);
        assertThat(PASSPORT_ISSUED.custodySince()).isEqualTo(ISSUED);
        assertThat(PASSPORT_ISSUED.inNoKnownCountry()).isTrue();
        assertThat(PASSPORT_ISSUED.standingOn(ISSUED)).isEqualTo(new PassportFold.Standing(PassportStatus.ISSUED, ISSUED));
    }

    @Test
    void givenACustodyTransferAndAReturnThenTheCountryOfTheLastChangeOfHandsIsKeptUntilTheReturn() {
        PassportFold held = PASSPORT_ISSUED.apply(new PassportCustodyTransferred(PASSPORT, Custodian.EMPLOYER, "Farm",
                null, "TH", ISSUED.plusDays(10), false, null));
        PassportFold returned = held.apply(new PassportReturnedToHolder(PASSPORT, ISSUED.plusDays(20)));

        assertThat(held.custodian()).isEqualTo(Custodian.EMPLOYER);
        assertThat(held.custodyCountry()).isEqualTo("TH");
        assertThat(held.inNoKnownCountry()).isFalse();
        assertThat(returned.custodian()).isEqualTo(Custodian.HOLDER);
        assertThat(returned.custodySince()).isEqualTo(ISSUED.plusDays(20));
        assertThat(returned.inNoKnownCountry()).isTrue();
    }

    @Test
    void givenAPassportInForcePastItsExpiryThenItIsExpiredSinceTheDayAfter() {
        assertThat(PASSPORT_ISSUED.standingOn(EXPIRES))
                .isEqualTo(new PassportFold.Standing(PassportStatus.ISSUED, ISSUED));
        assertThat(PASSPORT_ISSUED.standingOn(EXPIRES.plusDays(1)))
                .isEqualTo(new PassportFold.Standing(PassportStatus.EXPIRED, EXPIRES.plusDays(1)));
    }

    @Test
    void givenALostOrRevokedPassportThenItKeepsThatStatusPastItsExpiry() {
        PassportFold lost = PASSPORT_ISSUED.apply(new PassportReportedLost(PASSPORT, ISSUED.plusDays(3), null));
        PassportFold revoked = lost.apply(new PassportRevoked(PASSPORT, ISSUED.plusDays(4), "fraud"));

        assertThat(lost.lost()).isTrue();
        assertThat(lost.standingOn(EXPIRES.plusYears(1)))
                .isEqualTo(new PassportFold.Standing(PassportStatus.LOST, ISSUED.plusDays(3)));
        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.lost()).isFalse();
        assertThat(revoked.standingOn(EXPIRES.plusYears(1)))
                .isEqualTo(new PassportFold.Standing(PassportStatus.REVOKED, ISSUED.plusDays(4)));
    }

    @Test
    void givenTheStatusARecordKeepsThenTheSameExpiryRuleJudgesIt() {
        assertThat(PassportFold.standing(PassportStatus.ISSUED, ISSUED, EXPIRES, EXPIRES.plusDays(2)).status())
                .isEqualTo(PassportStatus.EXPIRED);
        assertThat(PassportFold.standing(PassportStatus.REVOKED, ISSUED, EXPIRES, EXPIRES.plusDays(2)).status())
                .isEqualTo(PassportStatus.REVOKED);
    }
}
