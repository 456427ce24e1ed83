package io.tabien.registry.labour.command;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Sex;
import io.tabien.contracts.labour.AgencyId;
import io.tabien.contracts.labour.ApproveContract;
import io.tabien.contracts.labour.Channel;
import io.tabien.contracts.labour.ContractApproved;
import io.tabien.contracts.labour.ContractExplainedToWorker;
import io.tabien.contracts.labour.ContractId;
import io.tabien.contracts.labour.ContractRegistered;
import io.tabien.contracts.labour.ContractRejected;
import io.tabien.contracts.labour.ContractTerminated;
import io.tabien.contracts.labour.DepositSavings;
import io.tabien.contracts.labour.ExplainContract;
import io.tabien.contracts.labour.FeePayer;
import io.tabien.contracts.labour.FeePaymentRecorded;
import io.tabien.contracts.labour.FeeType;
import io.tabien.contracts.labour.Money;
import io.tabien.contracts.labour.RecordDeparture;
import io.tabien.contracts.labour.RecordFeePayment;
import io.tabien.contracts.labour.RecordReturn;
import io.tabien.contracts.labour.RefundSavings;
import io.tabien.contracts.labour.RegisterContract;
import io.tabien.contracts.labour.RejectContract;
import io.tabien.contracts.labour.ReturnReason;
import io.tabien.contracts.labour.SavingsDeposited;
import io.tabien.contracts.labour.SavingsRefunded;
import io.tabien.contracts.labour.Sector;
import io.tabien.contracts.labour.TerminateContract;
import io.tabien.contracts.labour.WorkerDeparted;
import io.tabien.contracts.labour.WorkerReturned;
import io.tabien.registry.civil.CivilRecords;
import io.tabien.registry.platform.errors.DateInFuture;
import io.tabien.registry.platform.errors.PersonDeceased;
import io.tabien.registry.platform.errors.RequiredFieldMissing;
import io.tabien.registry.platform.reference.UnknownCountry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
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

class RecruitmentContractTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final ContractId CONTRACT = new ContractId(UUID.fromString("c0a1b2c3-d4e5-4f60-8a7b-8c9d0e1f2a3b"));
    private static final PersonId WORKER = PersonId.of("11111111-1111-4111-8111-111111111111");
    private static final AgencyId AGENCY = new AgencyId(UUID.fromString("6a1f0c2e-3b4d-4e5f-9a6b-7c8d9e0f1a2b"));
    private static final AgencyId OTHER_AGENCY = new AgencyId(UUID.fromString("7b2e1d3f-4c5e-4f60-8b7c-8d9e0f1a2b3c"));
    private static final LocalDate SIGNED = LocalDate.of(2025, 10, 1);
    private static final LocalDate DEPARTED = LocalDate.of(2025, 11, 10);
    private static final Money WAGE = new Money(new BigDecimal("9000"), "THB");
    private static final ContractRegistered REGISTERED = new ContractRegistered(CONTRACT, WORKER, AGENCY, Channel.MOU,
            "Siam Fresh Co.", "TH", Sector.AGRICULTURE, "Fruit picker", WAGE, 24, "lo", SIGNED);
    private static final ContractApproved APPROVED = new ContractApproved(CONTRACT, LocalDate.of(2025, 10, 20));
    private static final ContractRejected REJECTED =
            new ContractRejected(CONTRACT, LocalDate.of(2025, 10, 20), "Wage below the minimum");
    private static final WorkerDeparted DEPARTURE = new WorkerDeparted(CONTRACT, DEPARTED, "Friendship Bridge I");
    private static final WorkerReturned RETURN = new WorkerReturned(CONTRACT, LocalDate.of(2026, 2, 1),
            "Friendship Bridge I", ReturnReason.EARLY_TERMINATION);
    private static final ContractTerminated TERMINATED =
            new ContractTerminated(CONTRACT, LocalDate.of(2025, 12, 1), "Employer went bankrupt");

    private FixtureConfiguration<RecruitmentContract> fixture;
    private final Map<PersonId, CivilRecords.CivilRecord> civil = new HashMap<>();
    private FakeLookups lookups;

    @BeforeEach
    void setUp() {
        civil.put(WORKER, new CivilRecords.CivilRecord(LocalDate.of(1999, 4, 2), Sex.M, null));
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Vientiane"));
        CivilRecords records = person -> Optional.ofNullable(civil.get(person));
        lookups = new FakeLookups();
        lookups.agencies.add(AGENCY);
        fixture = new AggregateTestFixture<>(RecruitmentContract.class);
        fixture.registerInjectableResource(new LabourPolicy(clock, records));
        fixture.registerInjectableResource(lookups);
    }

    // Registration

    @Test
    void contractThroughAnAgencyIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterContract(CONTRACT, WORKER, AGENCY, Channel.MOU, " Siam Fresh Co. ", "TH",
                        Sector.AGRICULTURE, " Fruit picker ", WAGE, 24, "lo", SIGNED))
                .expectEvents(REGISTERED);
    }

    @Test
    void contractWithoutAnAgencyIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(register(null, "TH", WAGE, 24, "lo", SIGNED))
                .expectEvents(new ContractRegistered(CONTRACT, WORKER, null, Channel.MOU, "Siam Fresh Co.", "TH",
                        Sector.AGRICULTURE, "Fruit picker", WAGE, 24, "lo", SIGNED));
    }

    @Test
    void workerWithoutACivilRecordIsAccepted() {
        PersonId unregistered = PersonId.of("22222222-2222-4222-8222-222222222222");

        fixture.givenNoPriorActivity()
                .when(new RegisterContract(CONTRACT, unregistered, AGENCY, Channel.MOU, "Siam Fresh Co.", "TH",
                        Sector.AGRICULTURE, "Fruit picker", WAGE, 24, "lo", SIGNED))
                .expectEvents(new ContractRegistered(CONTRACT, unregistered, AGENCY, Channel.MOU, "Siam Fresh Co.",
                        "TH", Sector.AGRICULTURE, "Fruit picker", WAGE, 24, "lo", SIGNED));
    }

    @Test
    void deceasedWorkerIsRefused() {
        civil.put(WORKER, new CivilRecords.CivilRecord(LocalDate.of(1999, 4, 2), Sex.M, LocalDate.of(2025, 1, 5)));

        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "TH", WAGE, 24, "lo", SIGNED))
                .expectException(PersonDeceased.class)
                .expectNoEvents();
    }

    @Test
    void unknownAgencyIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(OTHER_AGENCY, "TH", WAGE, 24, "lo", SIGNED))
                .expectException(UnknownAgency.class)
                .expectNoEvents();
    }

    @Test
    void destinationLaosIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "LA", WAGE, 24, "lo", SIGNED))
                .expectException(DestinationIsLaos.class)
                .expectNoEvents();
    }

    @Test
    void unknownDestinationCountryIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "XX", WAGE, 24, "lo", SIGNED))
                .expectException(UnknownCountry.class)
                .expectNoEvents();
    }

    @Test
    void missingDestinationCountryIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, null, WAGE, 24, "lo", SIGNED))
                .expectException(UnknownCountry.class)
                .expectNoEvents();
    }

    @Test
    void unknownWageCurrencyIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "TH", new Money(new BigDecimal("9000"), "XYZ"), 24, "lo", SIGNED))
                .expectException(UnknownCurrency.class)
                .expectNoEvents();
    }

    @Test
    void zeroWageIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "TH", new Money(BigDecimal.ZERO, "THB"), 24, "lo", SIGNED))
                .expectException(AmountNotPositive.class)
                .expectNoEvents();
    }

    @Test
    void negativeWageIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "TH", new Money(new BigDecimal("-1"), "THB"), 24, "lo", SIGNED))
                .expectException(AmountNotPositive.class)
                .expectNoEvents();
    }

    @Test
    void missingWageIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "TH", null, 24, "lo", SIGNED))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void contractOfNoMonthsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "TH", WAGE, 0, "lo", SIGNED))
                .expectException(DurationOutOfRange.class)
                .expectNoEvents();
    }

    @Test
    void contractOfMoreThanTenYearsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "TH", WAGE, 121, "lo", SIGNED))
                .expectException(DurationOutOfRange.class)
                .expectNoEvents();
    }

    @Test
    void contractOfOneMonthIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "TH", WAGE, 1, "lo", SIGNED))
                .expectEvents(new ContractRegistered(CONTRACT, WORKER, AGENCY, Channel.MOU, "Siam Fresh Co.", "TH",
                        Sector.AGRICULTURE, "Fruit picker", WAGE, 1, "lo", SIGNED));
    }

    @Test
    void contractOfTenYearsIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "TH", WAGE, 120, "lo", SIGNED))
                .expectEvents(new ContractRegistered(CONTRACT, WORKER, AGENCY, Channel.MOU, "Siam Fresh Co.", "TH",
                        Sector.AGRICULTURE, "Fruit picker", WAGE, 120, "lo", SIGNED));
    }

    @Test
    void unknownContractLanguageIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "TH", WAGE, 24, "12", SIGNED))
                .expectException(UnknownLanguage.class)
                .expectNoEvents();
    }

    @Test
    void threeLetterLanguageCodeIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "TH", WAGE, 24, "hmn", SIGNED))
                .expectEvents(new ContractRegistered(CONTRACT, WORKER, AGENCY, Channel.MOU, "Siam Fresh Co.", "TH",
                        Sector.AGRICULTURE, "Fruit picker", WAGE, 24, "hmn", SIGNED));
    }

    @Test
    void contractSignedInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "TH", WAGE, 24, "lo", TODAY.plusDays(1)))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void contractSignedTodayIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(register(AGENCY, "TH", WAGE, 24, "lo", TODAY))
                .expectEvents(new ContractRegistered(CONTRACT, WORKER, AGENCY, Channel.MOU, "Siam Fresh Co.", "TH",
                        Sector.AGRICULTURE, "Fruit picker", WAGE, 24, "lo", TODAY));
    }

    @Test
    void contractWithoutAnEmployerIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterContract(CONTRACT, WORKER, AGENCY, Channel.MOU, " ", "TH", Sector.AGRICULTURE,
                        "Fruit picker", WAGE, 24, "lo", SIGNED))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void contractWithoutAWorkerIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterContract(CONTRACT, null, AGENCY, Channel.MOU, "Siam Fresh Co.", "TH",
                        Sector.AGRICULTURE, "Fruit picker", WAGE, 24, "lo", SIGNED))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    // Explanation

    @Test
    void contractIsExplainedToTheWorker() {
        fixture.given(REGISTERED)
                .when(new ExplainContract(CONTRACT, "lo", " Labour office, Savannakhet ", true,
                        LocalDate.of(2025, 10, 5)))
                .expectEvents(new ContractExplainedToWorker(CONTRACT, "lo", "Labour office, Savannakhet", true,
                        LocalDate.of(2025, 10, 5)));
    }

    @Test
    void explanationOfARejectedContractIsRefused() {
        fixture.given(REGISTERED, REJECTED)
                .when(new ExplainContract(CONTRACT, "lo", "Labour office", true, LocalDate.of(2025, 10, 25)))
                .expectException(ImpossibleStep.class)
                .expectExceptionMessage("A contract that is rejected cannot be explained.")
                .expectNoEvents();
    }

    @Test
    void explanationInAnUnknownLanguageIsRefused() {
        fixture.given(REGISTERED)
                .when(new ExplainContract(CONTRACT, "12", "Labour office", true, LocalDate.of(2025, 10, 5)))
                .expectException(UnknownLanguage.class)
                .expectNoEvents();
    }

    @Test
    void explanationWithoutWhoExplainedIsRefused() {
        fixture.given(REGISTERED)
                .when(new ExplainContract(CONTRACT, "lo", null, true, LocalDate.of(2025, 10, 5)))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void explanationBeforeSigningIsRefused() {
        fixture.given(REGISTERED)
                .when(new ExplainContract(CONTRACT, "lo", "Labour office", true, SIGNED.minusDays(1)))
                .expectException(BeforeSigning.class)
                .expectNoEvents();
    }

    // Approval and rejection

    @Test
    void contractIsApproved() {
        fixture.given(REGISTERED)
                .when(new ApproveContract(CONTRACT, LocalDate.of(2025, 10, 20)))
                .expectEvents(APPROVED);
    }

    @Test
    void approvalOnTheDayOfSigningIsAccepted() {
        fixture.given(REGISTERED)
                .when(new ApproveContract(CONTRACT, SIGNED))
                .expectEvents(new ContractApproved(CONTRACT, SIGNED));
    }

    @Test
    void approvingTwiceIsRefused() {
        fixture.given(REGISTERED, APPROVED)
                .when(new ApproveContract(CONTRACT, LocalDate.of(2025, 10, 21)))
                .expectException(ImpossibleStep.class)
                .expectExceptionMessage("A contract that is already approved cannot be approved.")
                .expectNoEvents();
    }

    @Test
    void approvingARejectedContractIsRefused() {
        fixture.given(REGISTERED, REJECTED)
                .when(new ApproveContract(CONTRACT, LocalDate.of(2025, 10, 21)))
                .expectException(ImpossibleStep.class)
                .expectNoEvents();
    }

    @Test
    void approvingATerminatedContractIsRefused() {
        fixture.given(REGISTERED, TERMINATED)
                .when(new ApproveContract(CONTRACT, LocalDate.of(2025, 12, 2)))
                .expectException(ImpossibleStep.class)
                .expectNoEvents();
    }

    @Test
    void approvalAfterDepartureIsAccepted() {
        fixture.given(REGISTERED, DEPARTURE)
                .when(new ApproveContract(CONTRACT, LocalDate.of(2025, 11, 20)))
                .expectEvents(new ContractApproved(CONTRACT, LocalDate.of(2025, 11, 20)));
    }

    @Test
    void approvalAfterReturnIsRefused() {
        fixture.given(REGISTERED, DEPARTURE, RETURN)
                .when(new ApproveContract(CONTRACT, LocalDate.of(2026, 2, 2)))
                .expectException(ImpossibleStep.class)
                .expectNoEvents();
    }

    @Test
    void approvalBeforeSigningIsRefused() {
        fixture.given(REGISTERED)
                .when(new ApproveContract(CONTRACT, SIGNED.minusDays(1)))
                .expectException(BeforeSigning.class)
                .expectNoEvents();
    }

    @Test
    void approvalInTheFutureIsRefused() {
        fixture.given(REGISTERED)
                .when(new ApproveContract(CONTRACT, TODAY.plusDays(1)))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void contractIsRejected() {
        fixture.given(REGISTERED)
                .when(new RejectContract(CONTRACT, LocalDate.of(2025, 10, 20), " Wage below the minimum "))
                .expectEvents(REJECTED);
    }

    @Test
    void rejectionAfterApprovalIsRefused() {
        fixture.given(REGISTERED, APPROVED)
                .when(new RejectContract(CONTRACT, LocalDate.of(2025, 10, 21), "Second thoughts"))
                .expectException(ImpossibleStep.class)
                .expectExceptionMessage("A contract that is approved cannot be rejected.")
                .expectNoEvents();
    }

    @Test
    void rejectingTwiceIsRefused() {
        fixture.given(REGISTERED, REJECTED)
                .when(new RejectContract(CONTRACT, LocalDate.of(2025, 10, 21), "Again"))
                .expectException(ImpossibleStep.class)
                .expectNoEvents();
    }

    @Test
    void rejectionAfterDepartureIsRefused() {
        fixture.given(REGISTERED, DEPARTURE)
                .when(new RejectContract(CONTRACT, LocalDate.of(2025, 11, 20), "Worker left without approval"))
                .expectException(ImpossibleStep.class)
                .expectExceptionMessage("A contract that is under way cannot be rejected.")
                .expectNoEvents();
    }

    @Test
    void rejectionOfATerminatedContractIsRefused() {
        fixture.given(REGISTERED, TERMINATED)
                .when(new RejectContract(CONTRACT, LocalDate.of(2025, 12, 2), "Too late"))
                .expectException(ImpossibleStep.class)
                .expectNoEvents();
    }

    @Test
    void rejectionWithoutAReasonIsRefused() {
        fixture.given(REGISTERED)
                .when(new RejectContract(CONTRACT, LocalDate.of(2025, 10, 20), ""))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void rejectionBeforeSigningIsRefused() {
        fixture.given(REGISTERED)
                .when(new RejectContract(CONTRACT, SIGNED.minusDays(1), "Wage below the minimum"))
                .expectException(BeforeSigning.class)
                .expectNoEvents();
    }

    // Departure and return

    @Test
    void approvedWorkerDeparts() {
        fixture.given(REGISTERED, APPROVED)
                .when(new RecordDeparture(CONTRACT, DEPARTED, " Friendship Bridge I "))
                .expectEvents(DEPARTURE);
    }

    @Test
    void departureOnAnUnapprovedContractIsAccepted() {
        fixture.given(REGISTERED)
                .when(new RecordDeparture(CONTRACT, DEPARTED, "Friendship Bridge I"))
                .expectEvents(DEPARTURE);
    }

    @Test
    void departureAfterTerminationIsRefused() {
        fixture.given(REGISTERED, APPROVED, TERMINATED)
                .when(new RecordDeparture(CONTRACT, LocalDate.of(2025, 12, 5), "Friendship Bridge I"))
                .expectException(ImpossibleStep.class)
                .expectExceptionMessage("A contract that is terminated cannot be departed on.")
                .expectNoEvents();
    }

    @Test
    void departureOnARejectedContractIsRefused() {
        fixture.given(REGISTERED, REJECTED)
                .when(new RecordDeparture(CONTRACT, DEPARTED, "Friendship Bridge I"))
                .expectException(ImpossibleStep.class)
                .expectNoEvents();
    }

    @Test
    void departingTwiceIsRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE)
                .when(new RecordDeparture(CONTRACT, DEPARTED.plusDays(1), "Friendship Bridge I"))
                .expectException(ImpossibleStep.class)
                .expectExceptionMessage("A contract that is under way cannot be departed on.")
                .expectNoEvents();
    }

    @Test
    void departureAfterReturnIsRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE, RETURN)
                .when(new RecordDeparture(CONTRACT, LocalDate.of(2026, 3, 1), "Friendship Bridge I"))
                .expectException(ImpossibleStep.class)
                .expectExceptionMessage("A contract that is over cannot be departed on.")
                .expectNoEvents();
    }

    @Test
    void departureBeforeSigningIsRefused() {
        fixture.given(REGISTERED, APPROVED)
                .when(new RecordDeparture(CONTRACT, SIGNED.minusDays(1), "Friendship Bridge I"))
                .expectException(BeforeSigning.class)
                .expectNoEvents();
    }

    @Test
    void departureWithoutACheckpointIsRefused() {
        fixture.given(REGISTERED, APPROVED)
                .when(new RecordDeparture(CONTRACT, DEPARTED, null))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void departureInTheFutureIsRefused() {
        fixture.given(REGISTERED, APPROVED)
                .when(new RecordDeparture(CONTRACT, TODAY.plusDays(1), "Friendship Bridge I"))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void workerReturns() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE)
                .when(new RecordReturn(CONTRACT, LocalDate.of(2026, 2, 1), " Friendship Bridge I ",
                        ReturnReason.EARLY_TERMINATION))
                .expectEvents(RETURN);
    }

    @Test
    void returnOnTheDayOfDepartureIsAccepted() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE)
                .when(new RecordReturn(CONTRACT, DEPARTED, "Friendship Bridge I", ReturnReason.DEPORTED))
                .expectEvents(new WorkerReturned(CONTRACT, DEPARTED, "Friendship Bridge I", ReturnReason.DEPORTED));
    }

    @Test
    void returnAfterTerminationAbroadIsAccepted() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE, TERMINATED)
                .when(new RecordReturn(CONTRACT, LocalDate.of(2026, 2, 1), "Friendship Bridge I",
                        ReturnReason.EARLY_TERMINATION))
                .expectEvents(RETURN);
    }

    @Test
    void returnBeforeDepartureIsRefused() {
        fixture.given(REGISTERED, APPROVED)
                .when(new RecordReturn(CONTRACT, LocalDate.of(2026, 2, 1), "Friendship Bridge I",
                        ReturnReason.END_OF_CONTRACT))
                .expectException(ImpossibleStep.class)
                .expectExceptionMessage("A contract that is not yet under way cannot be returned from.")
                .expectNoEvents();
    }

    @Test
    void returningTwiceIsRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE, RETURN)
                .when(new RecordReturn(CONTRACT, LocalDate.of(2026, 2, 2), "Friendship Bridge I",
                        ReturnReason.END_OF_CONTRACT))
                .expectException(ImpossibleStep.class)
                .expectExceptionMessage("A contract that is over cannot be returned from.")
                .expectNoEvents();
    }

    @Test
    void returnDatedBeforeTheDepartureIsRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE)
                .when(new RecordReturn(CONTRACT, DEPARTED.minusDays(1), "Friendship Bridge I",
                        ReturnReason.END_OF_CONTRACT))
                .expectException(ReturnBeforeDeparture.class)
                .expectExceptionMessage("The worker left on 2025-11-10; they cannot return before.")
                .expectNoEvents();
    }

    @Test
    void returnInTheFutureIsRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE)
                .when(new RecordReturn(CONTRACT, TODAY.plusDays(1), "Friendship Bridge I",
                        ReturnReason.END_OF_CONTRACT))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void returnWithoutAReasonIsRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE)
                .when(new RecordReturn(CONTRACT, LocalDate.of(2026, 2, 1), "Friendship Bridge I", null))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void returnWithoutACheckpointIsRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE)
                .when(new RecordReturn(CONTRACT, LocalDate.of(2026, 2, 1), " ", ReturnReason.END_OF_CONTRACT))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    // Termination

    @Test
    void contractIsTerminatedBeforeDeparture() {
        fixture.given(REGISTERED, APPROVED)
                .when(new TerminateContract(CONTRACT, LocalDate.of(2025, 12, 1), " Employer went bankrupt "))
                .expectEvents(TERMINATED);
    }

    @Test
    void contractIsTerminatedWhileTheWorkerIsAbroad() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE)
                .when(new TerminateContract(CONTRACT, LocalDate.of(2025, 12, 1), "Employer went bankrupt"))
                .expectEvents(TERMINATED);
    }

    @Test
    void terminatingTwiceIsRefused() {
        fixture.given(REGISTERED, APPROVED, TERMINATED)
                .when(new TerminateContract(CONTRACT, LocalDate.of(2025, 12, 2), "Again"))
                .expectException(ImpossibleStep.class)
                .expectExceptionMessage("A contract that is already terminated cannot be terminated.")
                .expectNoEvents();
    }

    @Test
    void terminatingARejectedContractIsRefused() {
        fixture.given(REGISTERED, REJECTED)
                .when(new TerminateContract(CONTRACT, LocalDate.of(2025, 12, 1), "Employer went bankrupt"))
                .expectException(ImpossibleStep.class)
                .expectNoEvents();
    }

    @Test
    void terminationAfterReturnIsRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE, RETURN)
                .when(new TerminateContract(CONTRACT, LocalDate.of(2026, 2, 2), "Employer went bankrupt"))
                .expectException(ImpossibleStep.class)
                .expectNoEvents();
    }

    @Test
    void terminationWithoutAReasonIsRefused() {
        fixture.given(REGISTERED, APPROVED)
                .when(new TerminateContract(CONTRACT, LocalDate.of(2025, 12, 1), null))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void terminationBeforeSigningIsRefused() {
        fixture.given(REGISTERED, APPROVED)
                .when(new TerminateContract(CONTRACT, SIGNED.minusDays(1), "Employer went bankrupt"))
                .expectException(BeforeSigning.class)
                .expectNoEvents();
    }

    // Fees

    @Test
    void feePaidToTheAgencyIsRecorded() {
        Money fee = new Money(new BigDecimal("1500000"), "LAK");

        fixture.given(REGISTERED)
                .when(new RecordFeePayment(CONTRACT, FeePayer.WORKER, AGENCY, " ", FeeType.SERVICE_FEE, fee,
                        LocalDate.of(2025, 9, 20), " R-0001 "))
                .expectEvents(new FeePaymentRecorded(CONTRACT, FeePayer.WORKER, AGENCY, null, FeeType.SERVICE_FEE,
                        fee, LocalDate.of(2025, 9, 20), "R-0001"));
    }

    @Test
    void feePaidToANamedPayeeIsRecorded() {
        Money fee = new Money(new BigDecimal("300000"), "LAK");

        fixture.given(REGISTERED)
                .when(new RecordFeePayment(CONTRACT, FeePayer.WORKER, null, " Provincial hospital ",
                        FeeType.MEDICAL, fee, LocalDate.of(2025, 10, 3), null))
                .expectEvents(new FeePaymentRecorded(CONTRACT, FeePayer.WORKER, null, "Provincial hospital",
                        FeeType.MEDICAL, fee, LocalDate.of(2025, 10, 3), null));
    }

    @Test
    void feeWithoutPayeeNameOrAgencyIsRefused() {
        fixture.given(REGISTERED)
                .when(new RecordFeePayment(CONTRACT, FeePayer.WORKER, null, null, FeeType.SERVICE_FEE,
                        new Money(new BigDecimal("1500000"), "LAK"), LocalDate.of(2025, 9, 20), null))
                .expectException(PayeeRequired.class)
                .expectNoEvents();
    }

    @Test
    void feeWithABlankPayeeNameAndNoAgencyIsRefused() {
        fixture.given(REGISTERED)
                .when(new RecordFeePayment(CONTRACT, FeePayer.WORKER, null, "  ", FeeType.SERVICE_FEE,
                        new Money(new BigDecimal("1500000"), "LAK"), LocalDate.of(2025, 9, 20), null))
                .expectException(PayeeRequired.class)
                .expectNoEvents();
    }

    @Test
    void feeToAnUnknownPayeeAgencyIsRefused() {
        fixture.given(REGISTERED)
                .when(new RecordFeePayment(CONTRACT, FeePayer.WORKER, OTHER_AGENCY, null, FeeType.SERVICE_FEE,
                        new Money(new BigDecimal("1500000"), "LAK"), LocalDate.of(2025, 9, 20), null))
                .expectException(UnknownAgency.class)
                .expectNoEvents();
    }

    @Test
    void feeOfNoAmountIsRefused() {
        fixture.given(REGISTERED)
                .when(new RecordFeePayment(CONTRACT, FeePayer.WORKER, AGENCY, null, FeeType.SERVICE_FEE,
                        new Money(BigDecimal.ZERO, "LAK"), LocalDate.of(2025, 9, 20), null))
                .expectException(AmountNotPositive.class)
                .expectNoEvents();
    }

    @Test
    void feePaidInTheFutureIsRefused() {
        fixture.given(REGISTERED)
                .when(new RecordFeePayment(CONTRACT, FeePayer.WORKER, AGENCY, null, FeeType.SERVICE_FEE,
                        new Money(new BigDecimal("1500000"), "LAK"), TODAY.plusDays(1), null))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void feeWithoutAPayerIsRefused() {
        fixture.given(REGISTERED)
                .when(new RecordFeePayment(CONTRACT, null, AGENCY, null, FeeType.SERVICE_FEE,
                        new Money(new BigDecimal("1500000"), "LAK"), LocalDate.of(2025, 9, 20), null))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    // Savings

    @Test
    void savingsAreDeposited() {
        Money amount = new Money(new BigDecimal("2000"), "THB");

        fixture.given(REGISTERED, APPROVED, DEPARTURE)
                .when(new DepositSavings(CONTRACT, amount, LocalDate.of(2025, 12, 31)))
                .expectEvents(new SavingsDeposited(CONTRACT, amount, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void savingsOnARejectedContractAreRefused() {
        fixture.given(REGISTERED, REJECTED)
                .when(new DepositSavings(CONTRACT, new Money(new BigDecimal("2000"), "THB"),
                        LocalDate.of(2025, 12, 31)))
                .expectException(ImpossibleStep.class)
                .expectNoEvents();
    }

    @Test
    void savingsInAnUnknownCurrencyAreRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE)
                .when(new DepositSavings(CONTRACT, new Money(new BigDecimal("2000"), "ABC"),
                        LocalDate.of(2025, 12, 31)))
                .expectException(UnknownCurrency.class)
                .expectNoEvents();
    }

    @Test
    void savingsDepositedInTheFutureAreRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE)
                .when(new DepositSavings(CONTRACT, new Money(new BigDecimal("2000"), "THB"), TODAY.plusDays(1)))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void refundOfTheWholeBalanceIsAccepted() {
        Money refund = new Money(new BigDecimal("3000.00"), "THB");

        fixture.given(REGISTERED, APPROVED, DEPARTURE, deposit("2000", LocalDate.of(2025, 12, 31)),
                        deposit("1000", LocalDate.of(2026, 1, 31)), RETURN)
                .when(new RefundSavings(CONTRACT, refund, LocalDate.of(2026, 2, 5)))
                .expectEvents(new SavingsRefunded(CONTRACT, refund, LocalDate.of(2026, 2, 5)));
    }

    @Test
    void refundOfPartOfTheBalanceIsAccepted() {
        Money refund = new Money(new BigDecimal("500"), "THB");

        fixture.given(REGISTERED, APPROVED, DEPARTURE, deposit("2000", LocalDate.of(2025, 12, 31)))
                .when(new RefundSavings(CONTRACT, refund, LocalDate.of(2026, 2, 5)))
                .expectEvents(new SavingsRefunded(CONTRACT, refund, LocalDate.of(2026, 2, 5)));
    }

    @Test
    void refundAboveTheBalanceIsRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE, deposit("2000", LocalDate.of(2025, 12, 31)))
                .when(new RefundSavings(CONTRACT, new Money(new BigDecimal("2000.01"), "THB"),
                        LocalDate.of(2026, 2, 5)))
                .expectException(RefundExceedsSavings.class)
                .expectExceptionMessage("The refund is more than the savings held (2000 THB).")
                .expectNoEvents();
    }

    @Test
    void refundAboveWhatEarlierRefundsLeftIsRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE, deposit("2000", LocalDate.of(2025, 12, 31)),
                        new SavingsRefunded(CONTRACT, new Money(new BigDecimal("1500"), "THB"),
                                LocalDate.of(2026, 1, 10)))
                .when(new RefundSavings(CONTRACT, new Money(new BigDecimal("600"), "THB"), LocalDate.of(2026, 2, 5)))
                .expectException(RefundExceedsSavings.class)
                .expectNoEvents();
    }

    @Test
    void refundWhatEarlierRefundsLeftIsAccepted() {
        Money refund = new Money(new BigDecimal("500"), "THB");

        fixture.given(REGISTERED, APPROVED, DEPARTURE, deposit("2000", LocalDate.of(2025, 12, 31)),
                        new SavingsRefunded(CONTRACT, new Money(new BigDecimal("1500"), "THB"),
                                LocalDate.of(2026, 1, 10)))
                .when(new RefundSavings(CONTRACT, refund, LocalDate.of(2026, 2, 5)))
                .expectEvents(new SavingsRefunded(CONTRACT, refund, LocalDate.of(2026, 2, 5)));
    }

    @Test
    void refundInAnotherCurrencyThanDepositedIsRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE, deposit("2000", LocalDate.of(2025, 12, 31)))
                .when(new RefundSavings(CONTRACT, new Money(new BigDecimal("50"), "USD"), LocalDate.of(2026, 2, 5)))
                .expectException(RefundExceedsSavings.class)
                .expectExceptionMessage("The refund is more than the savings held (0 USD).")
                .expectNoEvents();
    }

    @Test
    void refundWithoutSavingsIsRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE)
                .when(new RefundSavings(CONTRACT, new Money(new BigDecimal("1"), "THB"), LocalDate.of(2026, 2, 5)))
                .expectException(RefundExceedsSavings.class)
                .expectNoEvents();
    }

    @Test
    void refundInTheFutureIsRefused() {
        fixture.given(REGISTERED, APPROVED, DEPARTURE, deposit("2000", LocalDate.of(2025, 12, 31)))
                .when(new RefundSavings(CONTRACT, new Money(new BigDecimal("500"), "THB"), TODAY.plusDays(1)))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    private static SavingsDeposited deposit(String amount, LocalDate on) {
        return new SavingsDeposited(CONTRACT, new Money(new BigDecimal(amount), "THB"), on);
    }

    private static RegisterContract register(AgencyId agency, String destination, Money wage, int months,
                                             String language, LocalDate signedOn) {
        return new RegisterContract(CONTRACT, WORKER, agency, Channel.MOU, "Siam Fresh Co.", destination,
                Sector.AGRICULTURE, "Fruit picker", wage, months, language, signedOn);
    }

    private static final class FakeLookups extends LabourLookups {

        final Set<AgencyId> agencies = new HashSet<>();
        final Set<String> numbers = new HashSet<>();

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
