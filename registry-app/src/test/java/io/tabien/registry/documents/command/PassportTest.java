package io.tabien.registry.documents.command;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Sex;
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
import io.tabien.registry.platform.errors.DateInFuture;
import io.tabien.registry.platform.errors.PersonDeceased;
import io.tabien.registry.platform.errors.RequiredFieldMissing;
import io.tabien.registry.platform.reference.UnknownCountry;
import io.tabien.registry.support.Mrz;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

class PassportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final PassportId PASSPORT = PassportId.of("5e0f6b1c-2a3d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final PersonId HOLDER = PersonId.of("11111111-1111-4111-8111-111111111111");
    private static final LocalDate BORN = LocalDate.of(1998, 7, 14);
    private static final LocalDate ISSUED = TODAY.minusMonths(6);
    private static final LocalDate EXPIRES = ISSUED.plusYears(5);
    private static final String[] MRZ = Mrz.lao("P1234567", BORN, 'F', EXPIRES, "KEOMANY", "NOY");
    private static final PassportIssued ISSUED_EVENT =
            new PassportIssued(PASSPORT, HOLDER, "P1234567", ISSUED, EXPIRES, MRZ[0], MRZ[1]);
    private static final MetaData OFFICER = MetaData.with("actor", "officer").and("role", "PASSPORT_OFFICER");

    private FixtureConfiguration<Passport> fixture;
    private final Map<PersonId, CivilRecords.CivilRecord> civil = new HashMap<>();
    private FakeLookups lookups;

    @BeforeEach
    void setUp() {
        civil.put(HOLDER, new CivilRecords.CivilRecord(BORN, Sex.F, null));
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Vientiane"));
        CivilRecords records = person -> Optional.ofNullable(civil.get(person));
        lookups = new FakeLookups();
        fixture = new AggregateTestFixture<>(Passport.class);
        fixture.registerInjectableResource(new PassportPolicy(clock, records, "LAO"));
        fixture.registerInjectableResource(lookups);
    }

    // Issue

    @Test
    void passportAgreeingWithTheCivilRecordIsIssued() {
        fixture.givenNoPriorActivity()
                .when(issue("P1234567", ISSUED, EXPIRES, MRZ))
                .expectEvents(ISSUED_EVENT);
    }

    @Test
    void brokenCheckDigitIsRefusedNamingTheField() {
        String[] broken = {MRZ[0], MRZ[1].substring(0, 19) + other(MRZ[1].charAt(19)) + MRZ[1].substring(20)};

        fixture.givenNoPriorActivity()
                .when(issue("P1234567", ISSUED, EXPIRES, broken))
                .expectException(MrzInvalid.class)
                .expectExceptionMessage("The check digit of the birth date does not match (line 2, position 20).")
                .expectNoEvents();
    }

    @Test
    void birthDateDifferentFromTheCivilRecordIsRefused() {
        String[] otherBirth = Mrz.lao("P1234567", BORN.plusDays(1), 'F', EXPIRES, "KEOMANY", "NOY");

        fixture.givenNoPriorActivity()
                .when(issue("P1234567", ISSUED, EXPIRES, otherBirth))
                .expectException(MrzDisagrees.class)
                .expectNoEvents();
    }

    @Test
    void sexDifferentFromTheCivilRecordIsRefused() {
        fixture.givenNoPriorActivity()
                .when(issue("P1234567", ISSUED, EXPIRES, Mrz.lao("P1234567", BORN, 'M', EXPIRES, "KEOMANY", "NOY")))
                .expectException(MrzDisagrees.class);
    }

    @Test
    void numberDifferentFromTheMrzIsRefused() {
        fixture.givenNoPriorActivity()
                .when(issue("P7654321", ISSUED, EXPIRES, MRZ))
                .expectException(MrzDisagrees.class);
    }

    @Test
    void expiryDifferentFromTheMrzIsRefused() {
        fixture.givenNoPriorActivity()
                .when(issue("P1234567", ISSUED, EXPIRES.plusDays(1), MRZ))
                .expectException(MrzDisagrees.class);
    }

    @Test
    void foreignPassportIsRefused() {
        String[] foreign = Mrz.td3("THA", "P1234567", "THA", "980714", 'F', "310915", "", "KEOMANY", "NOY");

        fixture.givenNoPriorActivity()
                .when(issue("P1234567", ISSUED, LocalDate.of(2031, 9, 15), foreign))
                .expectException(WrongIssuingState.class);
    }

    @Test
    void expiryNotAfterIssueIsRefused() {
        String[] sameDay = Mrz.lao("P1234567", BORN, 'F', ISSUED, "KEOMANY", "NOY");

        fixture.givenNoPriorActivity()
                .when(issue("P1234567", ISSUED, ISSUED, sameDay))
                .expectException(ExpiryNotAfterIssue.class);
    }

    @Test
    void alreadyExpiredPassportIsRefused() {
        LocalDate expired = TODAY.minusDays(1);
        String[] mrz = Mrz.lao("P1234567", BORN, 'F', expired, "KEOMANY", "NOY");

        fixture.givenNoPriorActivity()
                .when(issue("P1234567", expired.minusYears(5), expired, mrz))
                .expectException(PassportAlreadyExpired.class);
    }

    @Test
    void issueDateInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(issue("P1234567", TODAY.plusDays(1), EXPIRES, MRZ))
                .expectException(DateInFuture.class);
    }

    @Test
    void holderWithoutABirthRegistrationIsRefused() {
        civil.clear();

        fixture.givenNoPriorActivity()
                .when(issue("P1234567", ISSUED, EXPIRES, MRZ))
                .expectException(HolderNotRegistered.class);
    }

    @Test
    void deceasedHolderIsRefused() {
        civil.put(HOLDER, new CivilRecords.CivilRecord(BORN, Sex.F, TODAY.minusDays(2)));

        fixture.givenNoPriorActivity()
                .when(issue("P1234567", ISSUED, EXPIRES, MRZ))
                .expectException(PersonDeceased.class);
    }

    @Test
    void usedNumberIsRefused() {
        lookups.numbers.add("P1234567");

        fixture.givenNoPriorActivity()
                .when(issue("P1234567", ISSUED, EXPIRES, MRZ))
                .expectException(PassportNumberTaken.class);
    }

    @Test
    void holderWithAValidPassportIsRefused() {
        lookups.valid = PassportId.random();

        fixture.givenNoPriorActivity()
                .when(issue("P1234567", ISSUED, EXPIRES, MRZ))
                .expectException(HolderHasValidPassport.class);
    }

    // Custody

    @Test
    void custodyPassesToAnEmployer() {
        fixture.given(ISSUED_EVENT)
                .when(toEmployer(TODAY.minusDays(3), false), OFFICER)
                .expectEvents(new PassportCustodyTransferred(PASSPORT, Custodian.EMPLOYER, "Sombat Farm Co.", null, "TH",
                        TODAY.minusDays(3), false, null));
    }

    @Test
    void custodianOtherThanTheHolderMustBeNamed() {
        fixture.given(ISSUED_EVENT)
                .when(new TransferPassportCustody(PASSPORT, Custodian.EMPLOYER, " ", null, "TH", TODAY, false, null),
                        OFFICER)
                .expectException(CustodianNameRequired.class);
    }

    @Test
    void countryMustBeAnIsoCode() {
        fixture.given(ISSUED_EVENT)
                .when(new TransferPassportCustody(PASSPORT, Custodian.EMPLOYER, "Farm", null, "XX", TODAY, false, null),
                        OFFICER)
                .expectException(UnknownCountry.class);
    }

    @Test
    void custodyCannotStartBeforeIssueOrInTheFuture() {
        fixture.given(ISSUED_EVENT)
                .when(toEmployer(ISSUED.minusDays(1), false), OFFICER)
                .expectException(CustodyBeforeIssue.class);
        fixture.given(ISSUED_EVENT)
                .when(toEmployer(TODAY.plusDays(1), false), OFFICER)
                .expectException(DateInFuture.class);
    }

    @Test
    void custodyCannotStartBeforeTheCurrentOne() {
        fixture.given(ISSUED_EVENT, employerHasIt(TODAY.minusDays(10)))
                .when(new TransferPassportCustody(PASSPORT, Custodian.RECRUITMENT_AGENCY, "Agency", null, "TH",
                        TODAY.minusDays(20), true, null), OFFICER)
                .expectException(CustodyGoesBackInTime.class);
    }

    // Custody seen abroad: a labour attaché acts on custody in their own country only

    @Test
    void attacheRecordsAPassportTakenFromItsHolderInTheirCountry() {
        fixture.given(ISSUED_EVENT)
                .when(toEmployer(TODAY, false), attache("TH"))
                .expectEvents(new PassportCustodyTransferred(PASSPORT, Custodian.EMPLOYER, "Sombat Farm Co.", null,
                        "TH", TODAY, false, null));
    }

    @Test
    void attacheDoesNotRecordCustodyInAnotherCountry() {
        fixture.given(ISSUED_EVENT)
                .when(toEmployer(TODAY, false), attache("MY"))
                .expectException(OutsideAttacheCountry.class)
                .expectNoEvents();
    }

    @Test
    void attacheWithoutAnOfficeRecordsNoCustody() {
        fixture.given(ISSUED_EVENT)
                .when(toEmployer(TODAY, false), MetaData.with("actor", "attache").and("role", "LABOUR_ATTACHE"))
                .expectException(OutsideAttacheCountry.class)
                .expectNoEvents();
    }

    @Test
    void attacheMovesAPassportWithinTheirCountry() {
        fixture.given(ISSUED_EVENT, employerHasIt(TODAY.minusDays(10)))
                .when(custody(Custodian.EMBASSY, "Embassy of the Lao PDR, Bangkok", "TH"), attache("TH"))
                .expectEvents(new PassportCustodyTransferred(PASSPORT, Custodian.EMBASSY,
                        "Embassy of the Lao PDR, Bangkok", null, "TH", TODAY, true, null));
    }

    @Test
    void attacheDoesNotMoveAPassportOutOfTheirCountry() {
        fixture.given(ISSUED_EVENT, employerHasIt(TODAY.minusDays(10)))
                .when(custody(Custodian.EMBASSY, "Embassy of the Lao PDR, Kuala Lumpur", "MY"), attache("TH"))
                .expectException(OutsideAttacheCountry.class)
                .expectNoEvents();
    }

    @Test
    void attacheDoesNotTakeOverAPassportHeldInAnotherCountry() {
        fixture.given(ISSUED_EVENT, employerHasIt(TODAY.minusDays(10)))
                .when(custody(Custodian.HOLDER, null, "MY"), attache("MY"))
                .expectException(OutsideAttacheCountry.class)
                .expectNoEvents();
    }

    @Test
    void attacheHandsAPassportHeldInTheirCountryToItsHolderThere() {
        fixture.given(ISSUED_EVENT, employerHasIt(TODAY.minusDays(10)))
                .when(custody(Custodian.HOLDER, null, "TH"), attache("TH"))
                .expectEvents(new PassportCustodyTransferred(PASSPORT, Custodian.HOLDER, null, null, "TH", TODAY, true,
                        null));
    }

    @Test
    void passportHandedToItsHolderAbroadStaysInThatCountry() {
        fixture.given(ISSUED_EVENT, employerHasIt(TODAY.minusDays(10)),
                        new PassportCustodyTransferred(PASSPORT, Custodian.HOLDER, null, null, "TH", TODAY.minusDays(5),
                                true, null))
                .when(toEmployer(TODAY, false), attache("MY"))
                .expectException(OutsideAttacheCountry.class)
                .expectNoEvents();
    }

    @Test
    void attacheReturnsAPassportHeldInTheirCountry() {
        fixture.given(ISSUED_EVENT, employerHasIt(TODAY.minusDays(10)))
                .when(new ReturnPassportToHolder(PASSPORT, TODAY), attache("TH"))
                .expectEvents(new PassportReturnedToHolder(PASSPORT, TODAY));
    }

    @Test
    void attacheDoesNotReturnAPassportHeldInAnotherCountry() {
        fixture.given(ISSUED_EVENT, employerHasIt(TODAY.minusDays(10)))
                .when(new ReturnPassportToHolder(PASSPORT, TODAY), attache("MY"))
                .expectException(OutsideAttacheCountry.class)
                .expectNoEvents();
    }

    @Test
    void afterAReturnTheCountryIsUnknownAndAnotherAttacheMayRecordItTaken() {
        fixture.given(ISSUED_EVENT, employerHasIt(TODAY.minusDays(10)),
                        new PassportReturnedToHolder(PASSPORT, TODAY.minusDays(5)))
                .when(custody(Custodian.EMPLOYER, "Penang Electronics", "MY"), attache("MY"))
                .expectEvents(new PassportCustodyTransferred(PASSPORT, Custodian.EMPLOYER, "Penang Electronics", null,
                        "MY", TODAY, true, null));
    }

    @Test
    void passportOfficerHandlesCustodyInAnyCountry() {
        fixture.given(ISSUED_EVENT, employerHasIt(TODAY.minusDays(10)))
                .when(custody(Custodian.AUTHORITY, "Immigration police", "MY"), OFFICER)
                .expectEvents(new PassportCustodyTransferred(PASSPORT, Custodian.AUTHORITY, "Immigration police", null,
                        "MY", TODAY, true, null));
        fixture.given(ISSUED_EVENT, employerHasIt(TODAY.minusDays(10)))
                .when(new ReturnPassportToHolder(PASSPORT, TODAY), OFFICER)
                .expectEvents(new PassportReturnedToHolder(PASSPORT, TODAY));
    }

    @Test
    void attacheWhoIsAlsoAPassportOfficerActsAsTheOfficer() {
        fixture.given(ISSUED_EVENT, employerHasIt(TODAY.minusDays(10)))
                .when(new ReturnPassportToHolder(PASSPORT, TODAY),
                        MetaData.with("actor", "officer-abroad").and("role", "PASSPORT_OFFICER,LABOUR_ATTACHE")
                                .and("office", "MY"))
                .expectEvents(new PassportReturnedToHolder(PASSPORT, TODAY));
    }

    @Test
    void passportReturnsToItsHolder() {
        fixture.given(ISSUED_EVENT, employerHasIt(TODAY.minusDays(10)))
                .when(new ReturnPassportToHolder(PASSPORT, TODAY))
                .expectEvents(new PassportReturnedToHolder(PASSPORT, TODAY));
    }

    @Test
    void passportWithItsHolderCannotBeReturned() {
        fixture.given(ISSUED_EVENT)
                .when(new ReturnPassportToHolder(PASSPORT, TODAY))
                .expectException(AlreadyWithHolder.class);
    }

    @Test
    void returnCannotPrecedeTheCustodyItEnds() {
        fixture.given(ISSUED_EVENT, employerHasIt(TODAY.minusDays(10)))
                .when(new ReturnPassportToHolder(PASSPORT, TODAY.minusDays(11)))
                .expectException(CustodyGoesBackInTime.class);
    }

    // Loss and revocation

    @Test
    void passportIsReportedLost() {
        fixture.given(ISSUED_EVENT)
                .when(new ReportPassportLost(PASSPORT, TODAY, "lost at the border"))
                .expectEvents(new PassportReportedLost(PASSPORT, TODAY, "lost at the border"));
    }

    @Test
    void lostPassportCannotChangeHands() {
        fixture.given(ISSUED_EVENT, new PassportReportedLost(PASSPORT, TODAY, null))
                .when(toEmployer(TODAY, true), OFFICER)
                .expectException(PassportNotInForce.class);
    }

    @Test
    void passportIsRevoked() {
        fixture.given(ISSUED_EVENT)
                .when(new RevokePassport(PASSPORT, TODAY, "Holder deceased"))
                .expectEvents(new PassportRevoked(PASSPORT, TODAY, "Holder deceased"));
    }

    @Test
    void revocationNeedsAReason() {
        fixture.given(ISSUED_EVENT)
                .when(new RevokePassport(PASSPORT, TODAY, " "))
                .expectException(RequiredFieldMissing.class);
    }

    @Test
    void revokedPassportIsNotRevokedAgain() {
        fixture.given(ISSUED_EVENT, new PassportRevoked(PASSPORT, TODAY, "fraud"))
                .when(new RevokePassport(PASSPORT, TODAY, "fraud"))
                .expectException(PassportAlreadyRevoked.class);
    }

    @Test
    void revokedPassportCannotChangeHands() {
        fixture.given(ISSUED_EVENT, new PassportRevoked(PASSPORT, TODAY, "Holder deceased"))
                .when(toEmployer(TODAY, true), OFFICER)
                .expectException(PassportNotInForce.class)
                .expectNoEvents();
    }

    private static IssuePassport issue(String number, LocalDate issued, LocalDate expires, String[] mrz) {
        return new IssuePassport(PASSPORT, HOLDER, number, issued, expires, mrz[0], mrz[1]);
    }

    private static TransferPassportCustody toEmployer(LocalDate since, boolean consent) {
        return new TransferPassportCustody(PASSPORT, Custodian.EMPLOYER, "Sombat Farm Co.", null, "TH", since, consent,
                null);
    }

    private static TransferPassportCustody custody(Custodian custodian, String name, String country) {
        return new TransferPassportCustody(PASSPORT, custodian, name, null, country, TODAY, true, null);
    }

    private static MetaData attache(String country) {
        return MetaData.with("actor", "attache-" + country).and("role", "LABOUR_ATTACHE").and("office", country);
    }

    private static PassportCustodyTransferred employerHasIt(LocalDate since) {
        return new PassportCustodyTransferred(PASSPORT, Custodian.EMPLOYER, "Sombat Farm Co.", null, "TH", since, false,
                null);
    }

    private static char other(char digit) {
        return (char) ('0' + (digit - '0' + 1) % 10);
    }

    private static final class FakeLookups extends DocumentLookups {

        final Set<String> numbers = new HashSet<>();
        PassportId valid;

        FakeLookups() {
            super(null);
        }

        @Override
        boolean numberTaken(String passportNumber) {
            return numbers.contains(passportNumber);
        }

        @Override
        Optional<PassportId> validPassportOf(PersonId holder, LocalDate today) {
            return Optional.ofNullable(valid);
        }

        @Override
        List<PassportId> unrevokedPassportsOf(PersonId holder) {
            return valid == null ? List.of() : List.of(valid);
        }
    }
}
