package io.tabien.registry.labour.command;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.labour.AgencyClosed;
import io.tabien.contracts.labour.AgencyId;
import io.tabien.contracts.labour.AgencyLicensed;
import io.tabien.contracts.labour.CloseAgency;
import io.tabien.contracts.labour.LicenceReinstated;
import io.tabien.contracts.labour.LicenceRenewed;
import io.tabien.contracts.labour.LicenceRevoked;
import io.tabien.contracts.labour.LicenceSuspended;
import io.tabien.contracts.labour.LicenseAgency;
import io.tabien.contracts.labour.ReinstateLicence;
import io.tabien.contracts.labour.RenewLicence;
import io.tabien.contracts.labour.RevokeLicence;
import io.tabien.contracts.labour.Sector;
import io.tabien.contracts.labour.SuspendLicence;
import io.tabien.registry.civil.CivilRecords;
import io.tabien.registry.platform.errors.DateInFuture;
import io.tabien.registry.platform.errors.RequiredFieldMissing;
import io.tabien.registry.platform.errors.RuleViolation;
import io.tabien.registry.platform.reference.UnknownCountry;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

class AgencyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final AgencyId AGENCY = new AgencyId(UUID.fromString("6a1f0c2e-3b4d-4e5f-9a6b-7c8d9e0f1a2b"));
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);
    private static final Set<String> DESTINATIONS = Set.of("TH", "KR");
    private static final Set<Sector> SECTORS = Set.of(Sector.AGRICULTURE, Sector.MANUFACTURING);
    private static final AgencyLicensed LICENSED = new AgencyLicensed(AGENCY, "Vientiane Manpower", "LA-0042",
            "Ban Phonxay, Vientiane", FROM, UNTIL, DESTINATIONS, SECTORS);

    private FixtureConfiguration<Agency> fixture;
    private final Map<PersonId, CivilRecords.CivilRecord> civil = new HashMap<>();
    private FakeLookups lookups;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Vientiane"));
        CivilRecords records = person -> Optional.ofNullable(civil.get(person));
        lookups = new FakeLookups();
        fixture = new AggregateTestFixture<>(Agency.class);
        fixture.registerInjectableResource(new LabourPolicy(clock, records));
        fixture.registerInjectableResource(lookups);
    }

    // Licensing

    @Test
    void agencyIsLicensedWithItsTextStripped() {
        fixture.givenNoPriorActivity()
                .when(new LicenseAgency(AGENCY, " Vientiane Manpower ", " LA-0042 ", " Ban Phonxay, Vientiane ",
                        FROM, UNTIL, DESTINATIONS, SECTORS))
                .expectEvents(LICENSED);
    }

    @Test
    void licenceThatHasAlreadyExpiredMayBeRecorded() {
        LocalDate from = LocalDate.of(2015, 1, 1);
        LocalDate until = LocalDate.of(2017, 12, 31);

        fixture.givenNoPriorActivity()
                .when(license("LA-0042", from, until, DESTINATIONS, SECTORS))
                .expectEvents(new AgencyLicensed(AGENCY, "Vientiane Manpower", "LA-0042", "Ban Phonxay, Vientiane",
                        from, until, DESTINATIONS, SECTORS));
    }

    @Test
    void licenceStartingTodayIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(license("LA-0042", TODAY, UNTIL, DESTINATIONS, SECTORS))
                .expectEvents(new AgencyLicensed(AGENCY, "Vientiane Manpower", "LA-0042", "Ban Phonxay, Vientiane",
                        TODAY, UNTIL, DESTINATIONS, SECTORS));
    }

    @Test
    void licenceNumberAlreadyRecordedIsRefused() {
        lookups.numbers.add("LA-0042");

        fixture.givenNoPriorActivity()
                .when(license(" LA-0042 ", FROM, UNTIL, DESTINATIONS, SECTORS))
                .expectException(LicenceNumberTaken.class)
                .expectExceptionMessage("Licence number LA-0042 is already recorded.")
                .expectNoEvents();
    }

    @Test
    void anotherLicenceNumberIsAccepted() {
        lookups.numbers.add("LA-0041");

        fixture.givenNoPriorActivity()
                .when(license("LA-0042", FROM, UNTIL, DESTINATIONS, SECTORS))
                .expectEvents(LICENSED);
    }

    @Test
    void licenceEndingOnItsFirstDayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(license("LA-0042", FROM, FROM, DESTINATIONS, SECTORS))
                .expectException(LicenceEndsBeforeItStarts.class)
                .expectNoEvents();
    }

    @Test
    void licenceEndingBeforeItStartsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(license("LA-0042", FROM, FROM.minusDays(1), DESTINATIONS, SECTORS))
                .expectException(LicenceEndsBeforeItStarts.class)
                .expectNoEvents();
    }

    @Test
    void licenceEndingTheDayAfterItStartsIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(license("LA-0042", FROM, FROM.plusDays(1), DESTINATIONS, SECTORS))
                .expectEvents(new AgencyLicensed(AGENCY, "Vientiane Manpower", "LA-0042", "Ban Phonxay, Vientiane",
                        FROM, FROM.plusDays(1), DESTINATIONS, SECTORS));
    }

    @Test
    void licenceWithoutDestinationsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(license("LA-0042", FROM, UNTIL, Set.of(), SECTORS))
                .expectException(LicenceScopeRequired.class)
                .expectNoEvents();
    }

    @Test
    void licenceWithNoDestinationSetIsRefused() {
        fixture.givenNoPriorActivity()
                .when(license("LA-0042", FROM, UNTIL, null, SECTORS))
                .expectException(LicenceScopeRequired.class)
                .expectNoEvents();
    }

    @Test
    void licenceWithoutSectorsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(license("LA-0042", FROM, UNTIL, DESTINATIONS, Set.of()))
                .expectException(LicenceScopeRequired.class)
                .expectNoEvents();
    }

    @Test
    void licenceWithNoSectorSetIsRefused() {
        fixture.givenNoPriorActivity()
                .when(license("LA-0042", FROM, UNTIL, DESTINATIONS, null))
                .expectException(LicenceScopeRequired.class)
                .expectNoEvents();
    }

    @Test
    void unknownDestinationCountryIsRefused() {
        fixture.givenNoPriorActivity()
                .when(license("LA-0042", FROM, UNTIL, Set.of("TH", "XX"), SECTORS))
                .expectException(UnknownCountry.class)
                .expectNoEvents();
    }

    @Test
    void lowerCaseDestinationCountryIsRefused() {
        fixture.givenNoPriorActivity()
                .when(license("LA-0042", FROM, UNTIL, Set.of("th"), SECTORS))
                .expectException(UnknownCountry.class)
                .expectNoEvents();
    }

    @Test
    void licenceStartingInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(license("LA-0042", TODAY.plusDays(1), UNTIL, DESTINATIONS, SECTORS))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void licenceWithoutANumberIsRefused() {
        fixture.givenNoPriorActivity()
                .when(license("  ", FROM, UNTIL, DESTINATIONS, SECTORS))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void licenceWithoutANameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new LicenseAgency(AGENCY, null, "LA-0042", "Ban Phonxay, Vientiane", FROM, UNTIL,
                        DESTINATIONS, SECTORS))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void licenceWithoutAnAddressIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new LicenseAgency(AGENCY, "Vientiane Manpower", "LA-0042", "", FROM, UNTIL,
                        DESTINATIONS, SECTORS))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void licenceWithoutAFirstDayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(license("LA-0042", null, UNTIL, DESTINATIONS, SECTORS))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void licenceWithoutALastDayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(license("LA-0042", FROM, null, DESTINATIONS, SECTORS))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    // Renewal

    @Test
    void renewalExtendsTheLicence() {
        LocalDate renewedOn = LocalDate.of(2026, 3, 1);

        fixture.given(LICENSED)
                .when(new RenewLicence(AGENCY, renewedOn, LocalDate.of(2029, 12, 31)))
                .expectEvents(new LicenceRenewed(AGENCY, renewedOn, LocalDate.of(2029, 12, 31)));
    }

    @Test
    void renewalTakesEffectTodayUnlessDated() {
        fixture.given(LICENSED)
                .when(new RenewLicence(AGENCY, null, LocalDate.of(2029, 12, 31)))
                .expectEvents(new LicenceRenewed(AGENCY, TODAY, LocalDate.of(2029, 12, 31)));
    }

    @Test
    void renewalAfterALapseIsAccepted() {
        AgencyLicensed lapsed = new AgencyLicensed(AGENCY, "Vientiane Manpower", "LA-0042",
                "Ban Phonxay, Vientiane", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31), DESTINATIONS,
                SECTORS);

        fixture.given(lapsed)
                .when(new RenewLicence(AGENCY, LocalDate.of(2024, 6, 1), LocalDate.of(2027, 5, 31)))
                .expectEvents(new LicenceRenewed(AGENCY, LocalDate.of(2024, 6, 1), LocalDate.of(2027, 5, 31)));
    }

    @Test
    void renewalOfASuspendedLicenceIsAccepted() {
        fixture.given(LICENSED, new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), null, "Inspection"))
                .when(new RenewLicence(AGENCY, TODAY, LocalDate.of(2029, 12, 31)))
                .expectEvents(new LicenceRenewed(AGENCY, TODAY, LocalDate.of(2029, 12, 31)));
    }

    @Test
    void renewalEndingOnTheCurrentLastDayIsRefused() {
        fixture.given(LICENSED)
                .when(new RenewLicence(AGENCY, TODAY, UNTIL))
                .expectException(RenewalDoesNotExtend.class)
                .expectNoEvents();
    }

    @Test
    void renewalEndingBeforeTheCurrentLastDayIsRefused() {
        fixture.given(LICENSED)
                .when(new RenewLicence(AGENCY, TODAY, UNTIL.minusMonths(1)))
                .expectException(RenewalDoesNotExtend.class)
                .expectNoEvents();
    }

    @Test
    void renewalMeasuresTheExtensionFromThePreviousRenewal() {
        fixture.given(LICENSED, new LicenceRenewed(AGENCY, LocalDate.of(2026, 1, 10), LocalDate.of(2029, 12, 31)))
                .when(new RenewLicence(AGENCY, TODAY, LocalDate.of(2028, 12, 31)))
                .expectException(RenewalDoesNotExtend.class)
                .expectNoEvents();
    }

    @Test
    void renewalAfterRevocationIsRefused() {
        fixture.given(LICENSED, new LicenceRevoked(AGENCY, LocalDate.of(2025, 9, 1), "Fraud"))
                .when(new RenewLicence(AGENCY, TODAY, LocalDate.of(2029, 12, 31)))
                .expectException(LicenceEnded.class)
                .expectExceptionMessage("The agency's licence is revoked; it can no longer change.")
                .expectNoEvents();
    }

    @Test
    void renewalAfterClosureIsRefused() {
        fixture.given(LICENSED, new AgencyClosed(AGENCY, LocalDate.of(2025, 9, 1), null))
                .when(new RenewLicence(AGENCY, TODAY, LocalDate.of(2029, 12, 31)))
                .expectException(LicenceEnded.class)
                .expectExceptionMessage("The agency's licence is closed; it can no longer change.")
                .expectNoEvents();
    }

    @Test
    void renewalBeforeTheLicenceStartsIsRefused() {
        fixture.given(LICENSED)
                .when(new RenewLicence(AGENCY, FROM.minusDays(1), LocalDate.of(2029, 12, 31)))
                .expectException(BeforeLicence.class)
                .expectNoEvents();
    }

    @Test
    void renewalOnTheFirstDayOfTheLicenceIsAccepted() {
        fixture.given(LICENSED)
                .when(new RenewLicence(AGENCY, FROM, LocalDate.of(2029, 12, 31)))
                .expectEvents(new LicenceRenewed(AGENCY, FROM, LocalDate.of(2029, 12, 31)));
    }

    @Test
    void renewalTakingEffectInTheFutureIsRefused() {
        fixture.given(LICENSED)
                .when(new RenewLicence(AGENCY, TODAY.plusDays(1), LocalDate.of(2029, 12, 31)))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void renewalWithoutAnEndIsRefused() {
        fixture.given(LICENSED)
                .when(new RenewLicence(AGENCY, TODAY, null))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void renewalAfterALapseEndingBeforeItTakesEffectIsRefused() {
        AgencyLicensed lapsed = new AgencyLicensed(AGENCY, "Vientiane Manpower", "LA-0042",
                "Ban Phonxay, Vientiane", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31), DESTINATIONS,
                SECTORS);

        fixture.given(lapsed)
                .when(new RenewLicence(AGENCY, LocalDate.of(2025, 6, 1), LocalDate.of(2023, 6, 30)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    // Suspension

    @Test
    void licenceIsSuspendedUntilFurtherNotice() {
        fixture.given(LICENSED)
                .when(new SuspendLicence(AGENCY, LocalDate.of(2025, 5, 1), null, " Unpaid wages "))
                .expectEvents(new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), null, "Unpaid wages"));
    }

    @Test
    void licenceIsSuspendedForAPeriod() {
        fixture.given(LICENSED)
                .when(new SuspendLicence(AGENCY, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31), "Inspection"))
                .expectEvents(new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31),
                        "Inspection"));
    }

    @Test
    void suspensionOfASingleDayIsAccepted() {
        LocalDate day = LocalDate.of(2025, 5, 1);

        fixture.given(LICENSED)
                .when(new SuspendLicence(AGENCY, day, day, "Inspection"))
                .expectEvents(new LicenceSuspended(AGENCY, day, day, "Inspection"));
    }

    @Test
    void suspensionOnADayAlreadySuspendedIsRefused() {
        fixture.given(LICENSED, new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), null, "Inspection"))
                .when(new SuspendLicence(AGENCY, LocalDate.of(2025, 8, 1), null, "Unpaid wages"))
                .expectException(AlreadySuspended.class)
                .expectExceptionMessage("The licence is already suspended on 2025-08-01.")
                .expectNoEvents();
    }

    @Test
    void suspensionOnTheLastDayOfAnEarlierOneIsRefused() {
        fixture.given(LICENSED,
                        new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31), "Inspection"))
                .when(new SuspendLicence(AGENCY, LocalDate.of(2025, 7, 31), null, "Unpaid wages"))
                .expectException(AlreadySuspended.class)
                .expectNoEvents();
    }

    @Test
    void suspensionAfterAnEarlierOneEndedIsAccepted() {
        fixture.given(LICENSED,
                        new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31), "Inspection"))
                .when(new SuspendLicence(AGENCY, LocalDate.of(2025, 8, 1), null, "Unpaid wages"))
                .expectEvents(new LicenceSuspended(AGENCY, LocalDate.of(2025, 8, 1), null, "Unpaid wages"));
    }

    @Test
    void suspensionAfterReinstatementIsAccepted() {
        fixture.given(LICENSED, new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), null, "Inspection"),
                        new LicenceReinstated(AGENCY, LocalDate.of(2025, 9, 1)))
                .when(new SuspendLicence(AGENCY, LocalDate.of(2025, 9, 1), null, "Unpaid wages"))
                .expectEvents(new LicenceSuspended(AGENCY, LocalDate.of(2025, 9, 1), null, "Unpaid wages"));
    }

    @Test
    void suspensionEndingBeforeItStartsIsRefused() {
        fixture.given(LICENSED)
                .when(new SuspendLicence(AGENCY, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 30), "Inspection"))
                .expectException(SuspensionEndsBeforeItStarts.class)
                .expectNoEvents();
    }

    @Test
    void suspensionWithoutAReasonIsRefused() {
        fixture.given(LICENSED)
                .when(new SuspendLicence(AGENCY, LocalDate.of(2025, 5, 1), null, " "))
                .expectException(RequiredFieldMissing.class)
                .expectExceptionMessage("The record needs reason.")
                .expectNoEvents();
    }

    @Test
    void suspensionStartingInTheFutureIsRefused() {
        fixture.given(LICENSED)
                .when(new SuspendLicence(AGENCY, TODAY.plusDays(1), null, "Inspection"))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void suspensionWithoutAFirstDayIsRefused() {
        fixture.given(LICENSED)
                .when(new SuspendLicence(AGENCY, null, null, "Inspection"))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void suspensionBeforeTheLicenceStartsIsRefused() {
        fixture.given(LICENSED)
                .when(new SuspendLicence(AGENCY, FROM.minusDays(1), null, "Inspection"))
                .expectException(BeforeLicence.class)
                .expectNoEvents();
    }

    @Test
    void suspensionAfterRevocationIsRefused() {
        fixture.given(LICENSED, new LicenceRevoked(AGENCY, LocalDate.of(2025, 9, 1), "Fraud"))
                .when(new SuspendLicence(AGENCY, LocalDate.of(2025, 5, 1), null, "Inspection"))
                .expectException(LicenceEnded.class)
                .expectNoEvents();
    }

    @Test
    void suspensionAfterClosureIsRefused() {
        fixture.given(LICENSED, new AgencyClosed(AGENCY, LocalDate.of(2025, 9, 1), null))
                .when(new SuspendLicence(AGENCY, LocalDate.of(2025, 5, 1), null, "Inspection"))
                .expectException(LicenceEnded.class)
                .expectNoEvents();
    }

    // Reinstatement

    @Test
    void suspendedLicenceIsReinstated() {
        fixture.given(LICENSED, new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), null, "Inspection"))
                .when(new ReinstateLicence(AGENCY, LocalDate.of(2025, 9, 1)))
                .expectEvents(new LicenceReinstated(AGENCY, LocalDate.of(2025, 9, 1)));
    }

    @Test
    void reinstatementOnTheFirstDayOfTheSuspensionIsAccepted() {
        fixture.given(LICENSED, new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), null, "Inspection"))
                .when(new ReinstateLicence(AGENCY, LocalDate.of(2025, 5, 1)))
                .expectEvents(new LicenceReinstated(AGENCY, LocalDate.of(2025, 5, 1)));
    }

    @Test
    void reinstatementOfALicenceNeverSuspendedIsRefused() {
        fixture.given(LICENSED)
                .when(new ReinstateLicence(AGENCY, LocalDate.of(2025, 9, 1)))
                .expectException(NotSuspended.class)
                .expectExceptionMessage("The licence is not suspended on 2025-09-01.")
                .expectNoEvents();
    }

    @Test
    void reinstatementBeforeTheSuspensionStartsIsRefused() {
        fixture.given(LICENSED, new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), null, "Inspection"))
                .when(new ReinstateLicence(AGENCY, LocalDate.of(2025, 4, 30)))
                .expectException(NotSuspended.class)
                .expectNoEvents();
    }

    @Test
    void reinstatementAfterASuspensionEndedIsRefused() {
        fixture.given(LICENSED,
                        new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31), "Inspection"))
                .when(new ReinstateLicence(AGENCY, LocalDate.of(2025, 8, 1)))
                .expectException(NotSuspended.class)
                .expectNoEvents();
    }

    @Test
    void secondReinstatementIsRefused() {
        fixture.given(LICENSED, new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), null, "Inspection"),
                        new LicenceReinstated(AGENCY, LocalDate.of(2025, 9, 1)))
                .when(new ReinstateLicence(AGENCY, LocalDate.of(2025, 10, 1)))
                .expectException(NotSuspended.class)
                .expectNoEvents();
    }

    @Test
    void reinstatementInTheFutureIsRefused() {
        fixture.given(LICENSED, new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), null, "Inspection"))
                .when(new ReinstateLicence(AGENCY, TODAY.plusDays(1)))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void reinstatementAfterRevocationIsRefused() {
        fixture.given(LICENSED, new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), null, "Inspection"),
                        new LicenceRevoked(AGENCY, LocalDate.of(2025, 9, 1), "Fraud"))
                .when(new ReinstateLicence(AGENCY, LocalDate.of(2025, 8, 1)))
                .expectException(LicenceEnded.class)
                .expectNoEvents();
    }

    // Revocation

    @Test
    void licenceIsRevoked() {
        fixture.given(LICENSED)
                .when(new RevokeLicence(AGENCY, LocalDate.of(2025, 9, 1), " Fraud "))
                .expectEvents(new LicenceRevoked(AGENCY, LocalDate.of(2025, 9, 1), "Fraud"));
    }

    @Test
    void suspendedLicenceMayBeRevoked() {
        fixture.given(LICENSED, new LicenceSuspended(AGENCY, LocalDate.of(2025, 5, 1), null, "Inspection"))
                .when(new RevokeLicence(AGENCY, LocalDate.of(2025, 9, 1), "Fraud"))
                .expectEvents(new LicenceRevoked(AGENCY, LocalDate.of(2025, 9, 1), "Fraud"));
    }

    @Test
    void revokingTwiceIsRefused() {
        fixture.given(LICENSED, new LicenceRevoked(AGENCY, LocalDate.of(2025, 9, 1), "Fraud"))
                .when(new RevokeLicence(AGENCY, LocalDate.of(2025, 10, 1), "Fraud again"))
                .expectException(LicenceEnded.class)
                .expectNoEvents();
    }

    @Test
    void revocationAfterClosureIsRefused() {
        fixture.given(LICENSED, new AgencyClosed(AGENCY, LocalDate.of(2025, 9, 1), null))
                .when(new RevokeLicence(AGENCY, LocalDate.of(2025, 10, 1), "Fraud"))
                .expectException(LicenceEnded.class)
                .expectNoEvents();
    }

    @Test
    void revocationWithoutAReasonIsRefused() {
        fixture.given(LICENSED)
                .when(new RevokeLicence(AGENCY, LocalDate.of(2025, 9, 1), null))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void revocationInTheFutureIsRefused() {
        fixture.given(LICENSED)
                .when(new RevokeLicence(AGENCY, TODAY.plusDays(1), "Fraud"))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void revocationBeforeTheLicenceStartsIsRefused() {
        fixture.given(LICENSED)
                .when(new RevokeLicence(AGENCY, FROM.minusDays(1), "Fraud"))
                .expectException(BeforeLicence.class)
                .expectNoEvents();
    }

    // Closure

    @Test
    void agencyIsClosed() {
        fixture.given(LICENSED)
                .when(new CloseAgency(AGENCY, LocalDate.of(2025, 9, 1), " Owner retired "))
                .expectEvents(new AgencyClosed(AGENCY, LocalDate.of(2025, 9, 1), "Owner retired"));
    }

    @Test
    void agencyIsClosedWithoutAReason() {
        fixture.given(LICENSED)
                .when(new CloseAgency(AGENCY, LocalDate.of(2025, 9, 1), "  "))
                .expectEvents(new AgencyClosed(AGENCY, LocalDate.of(2025, 9, 1), null));
    }

    @Test
    void agencyWithARevokedLicenceMayBeClosed() {
        fixture.given(LICENSED, new LicenceRevoked(AGENCY, LocalDate.of(2025, 9, 1), "Fraud"))
                .when(new CloseAgency(AGENCY, LocalDate.of(2025, 10, 1), null))
                .expectEvents(new AgencyClosed(AGENCY, LocalDate.of(2025, 10, 1), null));
    }

    @Test
    void closingTwiceIsRefused() {
        fixture.given(LICENSED, new AgencyClosed(AGENCY, LocalDate.of(2025, 9, 1), null))
                .when(new CloseAgency(AGENCY, LocalDate.of(2025, 10, 1), null))
                .expectException(AlreadyClosed.class)
                .expectNoEvents();
    }

    @Test
    void closureInTheFutureIsRefused() {
        fixture.given(LICENSED)
                .when(new CloseAgency(AGENCY, TODAY.plusDays(1), null))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void closureWithoutADayIsRefused() {
        fixture.given(LICENSED)
                .when(new CloseAgency(AGENCY, null, null))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void closureBeforeTheLicenceStartsIsRefused() {
        fixture.given(LICENSED)
                .when(new CloseAgency(AGENCY, FROM.minusDays(1), null))
                .expectException(BeforeLicence.class)
                .expectNoEvents();
    }

    private static LicenseAgency license(String number, LocalDate from, LocalDate until, Set<String> destinations,
                                         Set<Sector> sectors) {
        return new LicenseAgency(AGENCY, "Vientiane Manpower", number, "Ban Phonxay, Vientiane", from, until,
                destinations, sectors);
    }

    private static final class FakeLookups extends LabourLookups {

        final Set<String> numbers = new HashSet<>();
        final Set<AgencyId> agencies = new HashSet<>();

        FakeLookups() {
            super(null);
        }

        @Override
        boolean agencyExists(AgencyId agencyId) {
            return agencies.contains(agencyId);
        }

        @Override
        boolean licenceNumberTaken(String licenceNumber) {
            return numbers.contains(licenceNumber);
        }
    }
}
