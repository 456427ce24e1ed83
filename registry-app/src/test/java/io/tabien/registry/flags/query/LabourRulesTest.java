package io.tabien.registry.flags.query;

import io.tabien.contracts.labour.FeePayer;
import io.tabien.contracts.labour.FeeType;
import io.tabien.contracts.labour.Sector;
import io.tabien.registry.labour.FeePolicy;
import io.tabien.registry.labour.LicenceTimeline;
import io.tabien.registry.platform.reference.ExchangeRates;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LabourRulesTest {

    private static final ZoneId LAOS = ZoneId.of("Asia/Vientiane");
    private static final UUID CONTRACT = UUID.fromString("c0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b");
    private static final UUID WORKER = UUID.fromString("0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f");
    private static final UUID AGENCY = UUID.fromString("a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d");
    private static final String AGENCY_NAME = "Mekong Manpower Co.";
    private static final LocalDate SIGNED = LocalDate.of(2020, 5, 10);
    private static final long REGISTERED_INDEX = 10;
    private static final Instant REGISTERED_AT = stored(SIGNED);
    private static final LocalDate TODAY = LocalDate.of(2021, 12, 31);
    private static final LicenceTimeline SUSPENDED_FROM_APRIL_2020 =
            LicenceTimeline.licensed(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31))
                    .suspended(LocalDate.of(2020, 4, 1), null);
    private static final ContractFacts.Worker ADULT =
            new ContractFacts.Worker(LocalDate.of(1995, 6, 15), 3L, Instant.parse("1995-06-20T03:00:00Z"), "LA-XE",
                    "1501");
    private static final FeePolicy POLICY = new FeePolicy(new BigDecimal("1.0"),
            Map.of("DOMESTIC_WORK", BigDecimal.ZERO), Set.of(FeeType.VISA, FeeType.WORK_PERMIT, FeeType.TRANSPORT),
            Map.of());

    private final UnlicensedAgency unlicensedAgency = new UnlicensedAgency();
    private final NoApprovedContract noApprovedContract = new NoApprovedContract();
    private final ContractNotExplained contractNotExplained = new ContractNotExplained();
    private final MinorWorker minorWorker = new MinorWorker();
    private final NoCivilRecord noCivilRecord = new NoCivilRecord();
    private final FeeAboveCap feeAboveCap = new FeeAboveCap(POLICY);
    private final FeeRateMissing feeRateMissing = new FeeRateMissing();
    private final EmployerCostCharged employerCostCharged = new EmployerCostCharged(POLICY);
    private final UnlicensedPayee unlicensedPayee = new UnlicensedPayee();
    private final FeeWithoutReceipt feeWithoutReceipt = new FeeWithoutReceipt();
    private final SavingsNotRefunded savingsNotRefunded = new SavingsNotRefunded(30);
    private final ReturnWithoutDeparture returnWithoutDeparture = new ReturnWithoutDeparture();

    @Test
    void contractSignedWhileTheAgencyIsSuspendedIsFlagged() {
        ContractFacts contract = agencyContract(SUSPENDED_FROM_APRIL_2020, SIGNED);

        assertThat(unlicensedAgency.evaluate(contract, judgedOn(TODAY))).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("IRR-UNLICENSED-AGENCY");
            assertThat(flag.category()).isEqualTo(FlagCategory.IRREGULAR_MIGRATION);
            assertThat(flag.personId()).isEqualTo(WORKER);
            assertThat(flag.subjectId()).isEqualTo(CONTRACT);
            assertThat(flag.province()).isEqualTo("LA-XE");
            assertThat(flag.district()).isEqualTo("1501");
            assertThat(flag.raisedAt()).isEqualTo(REGISTERED_AT);
            assertThat(flag.clearedAt()).isNull();
            assertThat(flag.evidence()).containsExactly(REGISTERED_INDEX);
            assertThat(flag.reason()).isEqualTo("Contract " + CONTRACT + " names agency " + AGENCY_NAME
                    + ", whose licence was suspended on 2020-05-10, the day it was signed.");
        });
    }

    @Test
    void contractSignedWhileTheAgencyIsActiveIsNotFlagged() {
        ContractFacts contract = agencyContract(SUSPENDED_FROM_APRIL_2020, LocalDate.of(2019, 6, 1));

        assertThat(unlicensedAgency.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void contractSignedBeforeTheAgencyWasLicensedIsFlagged() {
        ContractFacts contract = agencyContract(SUSPENDED_FROM_APRIL_2020, LocalDate.of(2018, 12, 31));

        assertThat(unlicensedAgency.evaluate(contract, judgedOn(TODAY))).singleElement()
                .satisfies(flag -> assertThat(flag.reason()).contains("not yet licensed on 2018-12-31"));
    }

    @Test
    void contractWithoutAnAgencyIsNotFlagged() {
        ContractFacts contract = facts(null, null, SIGNED, Sector.AGRICULTURE, "10000", "THB", ADULT, List.of());

        assertThat(unlicensedAgency.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void unlicensedAgencyIsNotFlaggedBeforeTheContractIsRegistered() {
        ContractFacts contract = agencyContract(SUSPENDED_FROM_APRIL_2020, SIGNED);

        assertThat(unlicensedAgency.evaluate(contract, judgedOn(SIGNED.minusDays(1)))).isEmpty();
    }

    @Test
    void departureWithoutApprovalIsFlaggedWhenTheWorkerDeparts() {
        ContractFacts.Step departure = step(20, ContractFacts.Kind.DEPARTED, LocalDate.of(2021, 1, 15));

        assertThat(noApprovedContract.evaluate(contract(departure), judgedOn(TODAY))).singleElement()
                .satisfies(flag -> {
                    assertThat(flag.rule()).isEqualTo("IRR-NO-APPROVED-CONTRACT");
                    assertThat(flag.category()).isEqualTo(FlagCategory.IRREGULAR_MIGRATION);
                    assertThat(flag.personId()).isEqualTo(WORKER);
                    assertThat(flag.subjectId()).isEqualTo(CONTRACT);
                    assertThat(flag.raisedAt()).isEqualTo(departure.storedAt());
                    assertThat(flag.clearedAt()).isNull();
                    assertThat(flag.evidence()).containsExactly(20L);
                    assertThat(flag.reason()).isEqualTo("The worker departed on 2021-01-15 on contract " + CONTRACT
                            + ", which was not approved.");
                });
    }

    @Test
    void approvalAfterTheDepartureClearsTheFlag() {
        ContractFacts.Step departure = step(20, ContractFacts.Kind.DEPARTED, LocalDate.of(2021, 1, 15));
        ContractFacts.Step approval = step(21, ContractFacts.Kind.APPROVED, LocalDate.of(2021, 2, 10));
        ContractFacts contract = contract(departure, approval);

        assertThat(noApprovedContract.evaluate(contract, judgedOn(TODAY))).singleElement().satisfies(flag -> {
            assertThat(flag.raisedAt()).isEqualTo(departure.storedAt());
            assertThat(flag.clearedAt()).isEqualTo(approval.storedAt());
        });
        assertThat(noApprovedContract.evaluate(contract, judgedOn(LocalDate.of(2021, 2, 9)))).singleElement()
                .satisfies(flag -> assertThat(flag.clearedAt()).isNull());
    }

    @Test
    void departureAfterApprovalIsNotFlagged() {
        ContractFacts contract = contract(step(20, ContractFacts.Kind.APPROVED, LocalDate.of(2021, 1, 5)),
                step(21, ContractFacts.Kind.DEPARTED, LocalDate.of(2021, 1, 15)));

        assertThat(noApprovedContract.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void contractNotYetDepartedIsNotFlaggedForMissingApproval() {
        ContractFacts contract = contract(step(20, ContractFacts.Kind.DEPARTED, LocalDate.of(2021, 1, 15)));

        assertThat(noApprovedContract.evaluate(contract(), judgedOn(TODAY))).isEmpty();
        assertThat(noApprovedContract.evaluate(contract, judgedOn(LocalDate.of(2021, 1, 14)))).isEmpty();
    }

    @Test
    void departureWithoutExplanationIsFlagged() {
        ContractFacts.Step departure = step(20, ContractFacts.Kind.DEPARTED, LocalDate.of(2021, 1, 15));

        assertThat(contractNotExplained.evaluate(contract(departure), judgedOn(TODAY))).singleElement()
                .satisfies(flag -> {
                    assertThat(flag.rule()).isEqualTo("IRR-CONTRACT-NOT-EXPLAINED");
                    assertThat(flag.category()).isEqualTo(FlagCategory.IRREGULAR_MIGRATION);
                    assertThat(flag.personId()).isEqualTo(WORKER);
                    assertThat(flag.subjectId()).isEqualTo(CONTRACT);
                    assertThat(flag.raisedAt()).isEqualTo(departure.storedAt());
                    assertThat(flag.clearedAt()).isNull();
                    assertThat(flag.evidence()).containsExactly(20L);
                    assertThat(flag.reason()).contains("2021-01-15").contains(CONTRACT.toString())
                            .contains("explained");
                });
    }

    @Test
    void explanationNotAcknowledgedDoesNotCount() {
        ContractFacts contract = contract(explained(19, LocalDate.of(2021, 1, 10), false),
                step(20, ContractFacts.Kind.DEPARTED, LocalDate.of(2021, 1, 15)));

        assertThat(contractNotExplained.evaluate(contract, judgedOn(TODAY))).singleElement()
                .satisfies(flag -> assertThat(flag.clearedAt()).isNull());
    }

    @Test
    void acknowledgedExplanationAfterTheDepartureClearsTheFlag() {
        ContractFacts.Step departure = step(20, ContractFacts.Kind.DEPARTED, LocalDate.of(2021, 1, 15));
        ContractFacts.Step explanation = explained(21, LocalDate.of(2021, 3, 1), true);
        ContractFacts contract = contract(explained(19, LocalDate.of(2021, 1, 10), false), departure, explanation);

        assertThat(contractNotExplained.evaluate(contract, judgedOn(TODAY))).singleElement().satisfies(flag -> {
            assertThat(flag.raisedAt()).isEqualTo(departure.storedAt());
            assertThat(flag.clearedAt()).isEqualTo(explanation.storedAt());
        });
        assertThat(contractNotExplained.evaluate(contract, judgedOn(LocalDate.of(2021, 2, 28)))).singleElement()
                .satisfies(flag -> assertThat(flag.clearedAt()).isNull());
    }

    @Test
    void acknowledgedExplanationBeforeTheDepartureIsNotFlagged() {
        ContractFacts contract = contract(explained(19, LocalDate.of(2021, 1, 10), true),
                step(20, ContractFacts.Kind.DEPARTED, LocalDate.of(2021, 1, 15)));

        assertThat(contractNotExplained.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void workerUnderEighteenOnTheDepartureDayIsFlagged() {
        ContractFacts.Step departure = step(20, ContractFacts.Kind.DEPARTED, LocalDate.of(2021, 1, 15));
        ContractFacts contract = contract(born(LocalDate.of(2005, 3, 1)), departure);

        assertThat(minorWorker.evaluate(contract, judgedOn(TODAY))).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("IRR-MINOR-WORKER");
            assertThat(flag.category()).isEqualTo(FlagCategory.IRREGULAR_MIGRATION);
            assertThat(flag.personId()).isEqualTo(WORKER);
            assertThat(flag.subjectId()).isEqualTo(CONTRACT);
            assertThat(flag.raisedAt()).isEqualTo(departure.storedAt());
            assertThat(flag.clearedAt()).isNull();
            assertThat(flag.evidence()).containsExactly(3L, 20L);
            assertThat(flag.reason()).isEqualTo(
                    "The worker departed on 2021-01-15 aged 15, born 2005-03-01 by the civil record.");
        });
    }

    @Test
    void adultWorkerIsNotFlaggedAsMinor() {
        ContractFacts contract = contract(born(LocalDate.of(2000, 3, 1)),
                step(20, ContractFacts.Kind.DEPARTED, LocalDate.of(2021, 1, 15)));

        assertThat(minorWorker.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void workerWithoutDateOfBirthIsNotFlaggedAsMinor() {
        ContractFacts contract = contract(unregistered(),
                step(20, ContractFacts.Kind.DEPARTED, LocalDate.of(2021, 1, 15)));

        assertThat(minorWorker.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void workerTurningEighteenOnTheDepartureDayIsNotFlaggedButOneDayYoungerIs() {
        ContractFacts.Step departure = step(20, ContractFacts.Kind.DEPARTED, LocalDate.of(2021, 1, 15));

        assertThat(minorWorker.evaluate(contract(born(LocalDate.of(2003, 1, 15)), departure), judgedOn(TODAY)))
                .isEmpty();
        assertThat(minorWorker.evaluate(contract(born(LocalDate.of(2003, 1, 16)), departure), judgedOn(TODAY)))
                .singleElement().satisfies(flag -> assertThat(flag.reason()).contains("aged 17"));
    }

    @Test
    void minorWorkerNotYetDepartedIsNotFlagged() {
        assertThat(minorWorker.evaluate(contract(born(LocalDate.of(2005, 3, 1))), judgedOn(TODAY))).isEmpty();
    }

    @Test
    void workerWithoutBirthRegistrationIsFlagged() {
        ContractFacts contract = contract(unregistered());

        assertThat(noCivilRecord.evaluate(contract, judgedOn(TODAY))).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("IRR-NO-CIVIL-RECORD");
            assertThat(flag.category()).isEqualTo(FlagCategory.IRREGULAR_MIGRATION);
            assertThat(flag.personId()).isEqualTo(WORKER);
            assertThat(flag.subjectId()).isEqualTo(CONTRACT);
            assertThat(flag.raisedAt()).isEqualTo(REGISTERED_AT);
            assertThat(flag.clearedAt()).isNull();
            assertThat(flag.evidence()).containsExactly(REGISTERED_INDEX);
            assertThat(flag.reason()).contains(CONTRACT.toString()).contains(WORKER.toString())
                    .contains("birth is not registered");
        });
    }

    @Test
    void birthRegisteredAfterTheContractClearsTheFlag() {
        Instant birthStored = stored(LocalDate.of(2020, 8, 1));
        ContractFacts contract = contract(new ContractFacts.Worker(LocalDate.of(1998, 2, 2), 50L, birthStored,
                "LA-VT", "0101"));

        assertThat(noCivilRecord.evaluate(contract, judgedOn(TODAY))).singleElement().satisfies(flag -> {
            assertThat(flag.raisedAt()).isEqualTo(REGISTERED_AT);
            assertThat(flag.clearedAt()).isEqualTo(birthStored);
        });
        assertThat(noCivilRecord.evaluate(contract, judgedOn(LocalDate.of(2020, 7, 31)))).singleElement()
                .satisfies(flag -> assertThat(flag.clearedAt()).isNull());
    }

    @Test
    void birthRegisteredBeforeTheContractIsNotFlagged() {
        assertThat(noCivilRecord.evaluate(contract(ADULT), judgedOn(TODAY))).isEmpty();
    }

    @Test
    void anyWorkerPaidFeeOnDomesticWorkIsAboveTheCap() {
        ContractFacts.Step fee = fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.SERVICE_FEE, "500",
                "THB", "R-1");
        ContractFacts contract = contract(Sector.DOMESTIC_WORK, "10000", "THB", fee);

        assertThat(feeAboveCap.evaluate(contract, judgedOn(TODAY))).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("FEE-ABOVE-CAP");
            assertThat(flag.category()).isEqualTo(FlagCategory.UNLAWFUL_FEE);
            assertThat(flag.personId()).isEqualTo(WORKER);
            assertThat(flag.subjectId()).isEqualTo(CONTRACT);
            assertThat(flag.raisedAt()).isEqualTo(fee.storedAt());
            assertThat(flag.evidence()).containsExactly(20L);
            assertThat(flag.reason()).contains("500.00 THB").contains("cap of 0.00 THB")
                    .contains("DOMESTIC_WORK in TH");
        });
    }

    @Test
    void feesAddingUpAboveOneMonthsWageAreFlaggedAtTheFeeThatCrossesTheCap() {
        ContractFacts.Step first = fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.SERVICE_FEE, "6000",
                "THB", "R-1");
        ContractFacts.Step second = fee(21, LocalDate.of(2020, 6, 15), FeePayer.WORKER, FeeType.TRAINING, "5000",
                "THB", "R-2");
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB", first, second);

        assertThat(feeAboveCap.evaluate(contract, judgedOn(TODAY))).singleElement().satisfies(flag -> {
            assertThat(flag.raisedAt()).isEqualTo(second.storedAt());
            assertThat(flag.clearedAt()).isNull();
            assertThat(flag.evidence()).containsExactly(20L, 21L);
            assertThat(flag.reason()).isEqualTo("The worker paid 11000.00 THB in fees on contract " + CONTRACT
                    + ", above the cap of 10000.00 THB (1 monthly wage) for AGRICULTURE in TH.");
        });
        assertThat(feeAboveCap.evaluate(contract, judgedOn(LocalDate.of(2020, 6, 14)))).isEmpty();
    }

    @Test
    void feesWithinOneMonthsWageAreNotFlagged() {
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.SERVICE_FEE, "6000", "THB", "R-1"),
                fee(21, LocalDate.of(2020, 6, 15), FeePayer.WORKER, FeeType.TRAINING, "3000", "THB", "R-2"));

        assertThat(feeAboveCap.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void feesExactlyAtTheCapAreNotFlagged() {
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.SERVICE_FEE, "10000", "THB", "R-1"));

        assertThat(feeAboveCap.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void employerPaidFeesNeverCountTowardsTheCap() {
        ContractFacts agriculture = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.SERVICE_FEE, "6000", "THB", "R-1"),
                fee(21, LocalDate.of(2020, 6, 15), FeePayer.EMPLOYER, FeeType.SERVICE_FEE, "50000", "THB", "R-2"));
        ContractFacts domestic = contract(Sector.DOMESTIC_WORK, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.EMPLOYER, FeeType.SERVICE_FEE, "5000", "THB", "R-1"));

        assertThat(feeAboveCap.evaluate(agriculture, judgedOn(TODAY))).isEmpty();
        assertThat(feeAboveCap.evaluate(domestic, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void feeInAnotherCurrencyIsConvertedAtTheRatesOfItsDay() {
        ExchangeRates.Table table = rates(Map.of(
                "USD", Map.of(LocalDate.of(2020, 1, 1), "30000"),
                "THB", Map.of(LocalDate.of(2020, 1, 1), "800")));
        ContractFacts above = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.SERVICE_FEE, "400", "USD", "R-1"));
        ContractFacts below = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.SERVICE_FEE, "200", "USD", "R-1"));

        assertThat(feeAboveCap.evaluate(above, judgedOn(TODAY, table))).singleElement()
                .satisfies(flag -> assertThat(flag.reason()).contains("15000.00 THB"));
        assertThat(feeAboveCap.evaluate(below, judgedOn(TODAY, table))).isEmpty();
    }

    @Test
    void feeInAnotherCurrencyUsesTheRateInForceOnThePaymentDay() {
        ExchangeRates.Table table = rates(Map.of(
                "USD", Map.of(LocalDate.of(2020, 1, 1), "10000", LocalDate.of(2020, 7, 1), "30000"),
                "THB", Map.of(LocalDate.of(2020, 1, 1), "800")));
        ContractFacts paidInJune = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.SERVICE_FEE, "400", "USD", "R-1"));
        ContractFacts paidInJuly = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 7, 1), FeePayer.WORKER, FeeType.SERVICE_FEE, "400", "USD", "R-1"));

        assertThat(feeAboveCap.evaluate(paidInJune, judgedOn(TODAY, table))).isEmpty();
        assertThat(feeAboveCap.evaluate(paidInJuly, judgedOn(TODAY, table))).hasSize(1);
    }

    @Test
    void feeWithoutARateIsLeftOutOfTheCap() {
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.SERVICE_FEE, "6000", "THB", "R-1"),
                fee(21, LocalDate.of(2020, 6, 15), FeePayer.WORKER, FeeType.SERVICE_FEE, "5000", "USD", "R-2"));

        assertThat(feeAboveCap.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void workerFeeInACurrencyWithoutARateForItsDayIsFlagged() {
        ExchangeRates.Table table = rates(Map.of(
                "USD", Map.of(LocalDate.of(2020, 7, 1), "30000"),
                "THB", Map.of(LocalDate.of(2020, 1, 1), "800")));
        ContractFacts.Step fee = fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.SERVICE_FEE, "400",
                "USD", "R-1");
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB", fee);

        assertThat(feeRateMissing.evaluate(contract, judgedOn(TODAY, table))).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("FEE-RATE-MISSING");
            assertThat(flag.category()).isEqualTo(FlagCategory.UNLAWFUL_FEE);
            assertThat(flag.personId()).isEqualTo(WORKER);
            assertThat(flag.subjectId()).isEqualTo(CONTRACT);
            assertThat(flag.raisedAt()).isEqualTo(fee.storedAt());
            assertThat(flag.evidence()).containsExactly(20L);
            assertThat(flag.reason()).contains("400 USD").contains("2020-06-01").contains("THB")
                    .contains("no exchange rate");
        });
        assertThat(feeRateMissing.evaluate(contract, judgedOn(TODAY))).hasSize(1);
    }

    @Test
    void feeInTheWageCurrencyNeedsNoRate() {
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.SERVICE_FEE, "400", "THB", "R-1"));

        assertThat(feeRateMissing.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void feeWithARateForItsDayIsNotFlaggedAsMissingARate() {
        ExchangeRates.Table table = rates(Map.of(
                "USD", Map.of(LocalDate.of(2020, 1, 1), "30000"),
                "THB", Map.of(LocalDate.of(2020, 1, 1), "800")));
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.SERVICE_FEE, "400", "USD", "R-1"));

        assertThat(feeRateMissing.evaluate(contract, judgedOn(TODAY, table))).isEmpty();
    }

    @Test
    void employerPaidFeeWithoutARateIsNotFlagged() {
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.EMPLOYER, FeeType.SERVICE_FEE, "400", "USD", "R-1"));

        assertThat(feeRateMissing.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void workerPayingForTheVisaIsFlagged() {
        ContractFacts.Step fee = fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.VISA, "1500", "THB",
                "R-1");
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB", fee);

        assertThat(employerCostCharged.evaluate(contract, judgedOn(TODAY))).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("FEE-EMPLOYER-COST-CHARGED");
            assertThat(flag.category()).isEqualTo(FlagCategory.UNLAWFUL_FEE);
            assertThat(flag.personId()).isEqualTo(WORKER);
            assertThat(flag.subjectId()).isEqualTo(CONTRACT);
            assertThat(flag.raisedAt()).isEqualTo(fee.storedAt());
            assertThat(flag.evidence()).containsExactly(20L);
            assertThat(flag.reason()).isEqualTo("The worker paid a VISA fee of 1500 THB on 2020-06-01 on contract "
                    + CONTRACT + "; the employer pays it.");
        });
    }

    @Test
    void employerPayingForTheVisaIsNotFlagged() {
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.EMPLOYER, FeeType.VISA, "1500", "THB", "R-1"));

        assertThat(employerCostCharged.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void workerPayingForTheMedicalIsNotAnEmployerCost() {
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.MEDICAL, "1500", "THB", "R-1"));

        assertThat(employerCostCharged.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void eachEmployerCostTheWorkerPaidIsAFlagOfItsOwn() {
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.VISA, "1500", "THB", "R-1"),
                fee(21, LocalDate.of(2020, 6, 2), FeePayer.WORKER, FeeType.TRANSPORT, "700", "THB", "R-2"));

        List<RaisedFlag> flags = employerCostCharged.evaluate(contract, judgedOn(TODAY));

        assertThat(flags).extracting(RaisedFlag::evidence).containsExactly(List.of(20L), List.of(21L));
        assertThat(flags.get(0).id()).isNotEqualTo(flags.get(1).id());
    }

    @Test
    void feePaidToAnAgencySuspendedThatDayIsFlagged() {
        ContractFacts.Step fee = feeTo(20, LocalDate.of(2020, 6, 1), SUSPENDED_FROM_APRIL_2020);
        ContractFacts contract = contract(fee);

        assertThat(unlicensedPayee.evaluate(contract, judgedOn(TODAY))).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("FEE-UNLICENSED-PAYEE");
            assertThat(flag.category()).isEqualTo(FlagCategory.UNLAWFUL_FEE);
            assertThat(flag.personId()).isEqualTo(WORKER);
            assertThat(flag.subjectId()).isEqualTo(CONTRACT);
            assertThat(flag.raisedAt()).isEqualTo(fee.storedAt());
            assertThat(flag.evidence()).containsExactly(20L);
            assertThat(flag.reason()).isEqualTo("A fee of 2000 THB was paid on 2020-06-01 to agency " + AGENCY_NAME
                    + ", whose licence was suspended that day.");
        });
    }

    @Test
    void feePaidToAnAgencyActiveThatDayIsNotFlagged() {
        ContractFacts contract = contract(feeTo(20, LocalDate.of(2020, 3, 31), SUSPENDED_FROM_APRIL_2020));

        assertThat(unlicensedPayee.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void feePaidAfterReinstatementIsNotFlagged() {
        LicenceTimeline reinstated = SUSPENDED_FROM_APRIL_2020.reinstated(LocalDate.of(2020, 5, 1));

        assertThat(unlicensedPayee.evaluate(contract(feeTo(20, LocalDate.of(2020, 4, 30), reinstated)),
                judgedOn(TODAY))).hasSize(1);
        assertThat(unlicensedPayee.evaluate(contract(feeTo(20, LocalDate.of(2020, 5, 1), reinstated)),
                judgedOn(TODAY))).isEmpty();
    }

    @Test
    void feeWithoutAnAgencyPayeeIsNotFlaggedAsUnlicensedPayee() {
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.MEDICAL, "1500", "THB", "R-1"));

        assertThat(unlicensedPayee.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void workerPaidFeeWithoutReceiptIsFlagged() {
        ContractFacts.Step fee = fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.TRAINING, "1200", "THB",
                null);
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB", fee);

        assertThat(feeWithoutReceipt.evaluate(contract, judgedOn(TODAY))).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("FEE-NO-RECEIPT");
            assertThat(flag.category()).isEqualTo(FlagCategory.UNLAWFUL_FEE);
            assertThat(flag.personId()).isEqualTo(WORKER);
            assertThat(flag.subjectId()).isEqualTo(CONTRACT);
            assertThat(flag.raisedAt()).isEqualTo(fee.storedAt());
            assertThat(flag.evidence()).containsExactly(20L);
            assertThat(flag.reason()).contains("TRAINING").contains("1200 THB").contains("2020-06-01")
                    .contains("no receipt");
        });
    }

    @Test
    void workerPaidFeeWithABlankReceiptIsFlagged() {
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.TRAINING, "1200", "THB", "  "));

        assertThat(feeWithoutReceipt.evaluate(contract, judgedOn(TODAY))).hasSize(1);
    }

    @Test
    void workerPaidFeeWithReceiptIsNotFlagged() {
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.WORKER, FeeType.TRAINING, "1200", "THB", "R-77"));

        assertThat(feeWithoutReceipt.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void employerPaidFeeWithoutReceiptIsNotFlagged() {
        ContractFacts contract = contract(Sector.AGRICULTURE, "10000", "THB",
                fee(20, LocalDate.of(2020, 6, 1), FeePayer.EMPLOYER, FeeType.TRAINING, "1200", "THB", null));

        assertThat(feeWithoutReceipt.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void savingsNotRefundedThirtyOneDaysAfterTheReturnAreFlagged() {
        LocalDate returnedOn = TODAY.minusDays(31);
        ContractFacts contract = contract(savings(20, ContractFacts.Kind.SAVINGS_DEPOSIT, LocalDate.of(2021, 3, 1),
                "5000000"), step(21, ContractFacts.Kind.RETURNED, returnedOn));

        assertThat(savingsNotRefunded.evaluate(contract, judgedOn(TODAY))).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("FEE-SAVINGS-NOT-REFUNDED");
            assertThat(flag.category()).isEqualTo(FlagCategory.UNLAWFUL_FEE);
            assertThat(flag.personId()).isEqualTo(WORKER);
            assertThat(flag.subjectId()).isEqualTo(CONTRACT);
            assertThat(flag.raisedAt()).isEqualTo(TODAY.atStartOfDay(LAOS).toInstant());
            assertThat(flag.clearedAt()).isNull();
            assertThat(flag.evidence()).containsExactly(20L, 21L);
            assertThat(flag.reason()).isEqualTo("Forced savings on contract " + CONTRACT
                    + " were not refunded within 30 days of the worker's return on " + returnedOn + ".");
        });
    }

    @Test
    void savingsThirtyDaysAfterTheReturnAreNotYetFlagged() {
        ContractFacts contract = contract(savings(20, ContractFacts.Kind.SAVINGS_DEPOSIT, LocalDate.of(2021, 3, 1),
                "5000000"), step(21, ContractFacts.Kind.RETURNED, TODAY.minusDays(30)));

        assertThat(savingsNotRefunded.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void savingsOfAWorkerReturnedTenDaysAgoAreNotFlagged() {
        ContractFacts contract = contract(savings(20, ContractFacts.Kind.SAVINGS_DEPOSIT, LocalDate.of(2021, 3, 1),
                "5000000"), step(21, ContractFacts.Kind.RETURNED, TODAY.minusDays(10)));

        assertThat(savingsNotRefunded.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void refundOfTheWholeBalanceAfterTheDeadlineClearsTheFlag() {
        LocalDate returnedOn = LocalDate.of(2021, 10, 1);
        ContractFacts.Step refund = savings(23, ContractFacts.Kind.SAVINGS_REFUND, LocalDate.of(2021, 11, 20),
                "5000000");
        ContractFacts contract = contract(
                savings(20, ContractFacts.Kind.SAVINGS_DEPOSIT, LocalDate.of(2021, 3, 1), "3000000"),
                savings(21, ContractFacts.Kind.SAVINGS_DEPOSIT, LocalDate.of(2021, 4, 1), "2000000"),
                step(22, ContractFacts.Kind.RETURNED, returnedOn), refund);

        assertThat(savingsNotRefunded.evaluate(contract, judgedOn(TODAY))).singleElement().satisfies(flag -> {
            assertThat(flag.raisedAt()).isEqualTo(LocalDate.of(2021, 11, 1).atStartOfDay(LAOS).toInstant());
            assertThat(flag.clearedAt()).isEqualTo(LocalDate.of(2021, 11, 20).atStartOfDay(LAOS).toInstant());
            assertThat(flag.evidence()).containsExactly(20L, 21L, 22L);
        });
        assertThat(savingsNotRefunded.evaluate(contract, judgedOn(LocalDate.of(2021, 11, 19)))).singleElement()
                .satisfies(flag -> assertThat(flag.clearedAt()).isNull());
        assertThat(savingsNotRefunded.evaluate(contract, judgedOn(LocalDate.of(2021, 10, 31)))).isEmpty();
    }

    @Test
    void refundMadeInTimeButRecordedLateIsInTime() {
        LocalDate returnedOn = LocalDate.of(2021, 10, 1);
        LocalDate refundedOn = returnedOn.plusDays(20);
        ContractFacts.Step lateEntry = new ContractFacts.Step(22, ContractFacts.Kind.SAVINGS_REFUND, refundedOn,
                stored(returnedOn.plusDays(40)), false, null, null, null, null, null, new BigDecimal("5000000"), "LAK",
                null);
        ContractFacts contract = contract(
                savings(20, ContractFacts.Kind.SAVINGS_DEPOSIT, LocalDate.of(2021, 3, 1), "5000000"),
                step(21, ContractFacts.Kind.RETURNED, returnedOn), lateEntry);

        assertThat(savingsNotRefunded.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void refundWithinThirtyDaysOfTheReturnIsNotFlagged() {
        ContractFacts contract = contract(
                savings(20, ContractFacts.Kind.SAVINGS_DEPOSIT, LocalDate.of(2021, 3, 1), "5000000"),
                step(21, ContractFacts.Kind.RETURNED, LocalDate.of(2021, 10, 1)),
                savings(22, ContractFacts.Kind.SAVINGS_REFUND, LocalDate.of(2021, 10, 31), "5000000"));

        assertThat(savingsNotRefunded.evaluate(contract, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void partialRefundLeavesTheFlagOpen() {
        ContractFacts contract = contract(
                savings(20, ContractFacts.Kind.SAVINGS_DEPOSIT, LocalDate.of(2021, 3, 1), "5000000"),
                step(21, ContractFacts.Kind.RETURNED, LocalDate.of(2021, 10, 1)),
                savings(22, ContractFacts.Kind.SAVINGS_REFUND, LocalDate.of(2021, 10, 10), "4000000"));

        assertThat(savingsNotRefunded.evaluate(contract, judgedOn(TODAY))).singleElement()
                .satisfies(flag -> assertThat(flag.clearedAt()).isNull());
    }

    @Test
    void contractWithoutSavingsOrWithoutReturnIsNotFlaggedForSavings() {
        ContractFacts noSavings = contract(step(21, ContractFacts.Kind.RETURNED, LocalDate.of(2021, 1, 1)));
        ContractFacts notReturned = contract(
                savings(20, ContractFacts.Kind.SAVINGS_DEPOSIT, LocalDate.of(2021, 3, 1), "5000000"));

        assertThat(savingsNotRefunded.evaluate(noSavings, judgedOn(TODAY))).isEmpty();
        assertThat(savingsNotRefunded.evaluate(notReturned, judgedOn(TODAY))).isEmpty();
    }

    @Test
    void returnWithNoDepartureOnRecordIsFlagged() {
        ReturnWithoutDeparture.Return returned = returned(null);

        Optional<RaisedFlag> flag = returnWithoutDeparture.evaluate(returned, judgedOn(TODAY));

        assertThat(flag).hasValueSatisfying(raised -> {
            assertThat(raised.rule()).isEqualTo("IRR-RETURN-WITHOUT-DEPARTURE");
            assertThat(raised.category()).isEqualTo(FlagCategory.IRREGULAR_MIGRATION);
            assertThat(raised.personId()).isEqualTo(WORKER);
            assertThat(raised.subjectId()).isEqualTo(returned.returnId());
            assertThat(raised.province()).isEqualTo("LA-XE");
            assertThat(raised.raisedAt()).isEqualTo(returned.storedAt());
            assertThat(raised.clearedAt()).isNull();
            assertThat(raised.evidence()).containsExactly(40L);
            assertThat(raised.reason()).isEqualTo("Person " + WORKER
                    + " returned on 2021-06-01 with no formal departure on record.");
        });
    }

    @Test
    void returnAfterARecordedDepartureIsNotFlagged() {
        assertThat(returnWithoutDeparture.evaluate(returned(20L), judgedOn(TODAY))).isEmpty();
    }

    @Test
    void departureRecordedOnlyAfterTheReturnDoesNotPreventTheFlag() {
        assertThat(returnWithoutDeparture.evaluate(returned(55L), judgedOn(TODAY))).isPresent();
    }

    @Test
    void returnIsNotFlaggedBeforeItIsRegistered() {
        assertThat(returnWithoutDeparture.evaluate(returned(null), judgedOn(LocalDate.of(2021, 5, 31)))).isEmpty();
    }

    private static ReturnWithoutDeparture.Return returned(Long firstDepartureIndex) {
        LocalDate on = LocalDate.of(2021, 6, 1);
        return new ReturnWithoutDeparture.Return(UUID.fromString("7d6c5b4a-3f2e-4d1c-9b0a-8f7e6d5c4b3a"), WORKER, 40,
                on, stored(on), firstDepartureIndex, "LA-XE", "1501");
    }

    private static LabourRule.Judgement judgedOn(LocalDate day) {
        return judgedOn(day, rates(Map.of()));
    }

    private static LabourRule.Judgement judgedOn(LocalDate day, ExchangeRates.Table rates) {
        return new LabourRule.Judgement(day, LAOS, rates);
    }

    private static ExchangeRates.Table rates(Map<String, Map<LocalDate, String>> lakPerUnit) {
        Map<String, TreeMap<LocalDate, BigDecimal>> byCurrency = new HashMap<>();
        lakPerUnit.forEach((currency, byDay) -> {
            TreeMap<LocalDate, BigDecimal> days = new TreeMap<>();
            byDay.forEach((day, rate) -> days.put(day, new BigDecimal(rate)));
            byCurrency.put(currency, days);
        });
        try {
            Constructor<ExchangeRates.Table> constructor = ExchangeRates.Table.class.getDeclaredConstructor(Map.class);
            constructor.setAccessible(true);
            return constructor.newInstance(byCurrency);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant stored(LocalDate day) {
        return day.atTime(10, 0).atZone(LAOS).toInstant();
    }

    private static ContractFacts.Worker born(LocalDate dateOfBirth) {
        return new ContractFacts.Worker(dateOfBirth, 3L, stored(dateOfBirth.plusDays(5)), "LA-XE", "1501");
    }

    private static ContractFacts.Worker unregistered() {
        return new ContractFacts.Worker(null, null, null, null, null);
    }

    private static ContractFacts agencyContract(LicenceTimeline licence, LocalDate signedOn) {
        return facts(AGENCY, licence, signedOn, Sector.AGRICULTURE, "10000", "THB", ADULT, List.of());
    }

    private static ContractFacts contract(ContractFacts.Step... steps) {
        return contract(ADULT, steps);
    }

    private static ContractFacts contract(ContractFacts.Worker worker, ContractFacts.Step... steps) {
        return facts(AGENCY, SUSPENDED_FROM_APRIL_2020, SIGNED, Sector.AGRICULTURE, "10000", "THB", worker,
                List.of(steps));
    }

    private static ContractFacts contract(Sector sector, String wage, String currency, ContractFacts.Step... steps) {
        return facts(AGENCY, SUSPENDED_FROM_APRIL_2020, SIGNED, sector, wage, currency, ADULT, List.of(steps));
    }

    private static ContractFacts facts(UUID agency, LicenceTimeline licence, LocalDate signedOn, Sector sector,
                                       String wage, String currency, ContractFacts.Worker worker,
                                       List<ContractFacts.Step> steps) {
        return new ContractFacts(CONTRACT, WORKER, agency, agency == null ? null : AGENCY_NAME, licence, sector, "TH",
                new BigDecimal(wage), currency, signedOn, REGISTERED_INDEX, REGISTERED_AT, worker, steps);
    }

    private static ContractFacts.Step step(long index, ContractFacts.Kind kind, LocalDate onDay) {
        return new ContractFacts.Step(index, kind, onDay, stored(onDay), false, null, null, null, null, null, null,
                null, null);
    }

    private static ContractFacts.Step explained(long index, LocalDate onDay, boolean acknowledged) {
        return new ContractFacts.Step(index, ContractFacts.Kind.EXPLAINED, onDay, stored(onDay), acknowledged, null,
                null, null, null, null, null, null, null);
    }

    private static ContractFacts.Step fee(long index, LocalDate onDay, FeePayer payer, FeeType type, String amount,
                                          String currency, String receipt) {
        return new ContractFacts.Step(index, ContractFacts.Kind.FEE, onDay, stored(onDay), false, payer, null, null,
                null, type, new BigDecimal(amount), currency, receipt);
    }

    private static ContractFacts.Step feeTo(long index, LocalDate onDay, LicenceTimeline payeeLicence) {
        return new ContractFacts.Step(index, ContractFacts.Kind.FEE, onDay, stored(onDay), false, FeePayer.WORKER,
                AGENCY, AGENCY_NAME, payeeLicence, FeeType.SERVICE_FEE, new BigDecimal("2000"), "THB", "R-9");
    }

    private static ContractFacts.Step savings(long index, ContractFacts.Kind kind, LocalDate onDay, String amount) {
        return new ContractFacts.Step(index, kind, onDay, stored(onDay), false, null, null, null, null, null,
                new BigDecimal(amount), "LAK", null);
    }
}
