package io.tabien.registry.grievance.command;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Sex;
import io.tabien.contracts.grievance.AddGrievanceEvidence;
import io.tabien.contracts.grievance.AnswerReferral;
import io.tabien.contracts.grievance.CloseGrievance;
import io.tabien.contracts.grievance.CompleteTraffickingScreening;
import io.tabien.contracts.grievance.GrievanceCategory;
import io.tabien.contracts.grievance.GrievanceChannel;
import io.tabien.contracts.grievance.GrievanceClosed;
import io.tabien.contracts.grievance.CaseFileErased;
import io.tabien.contracts.grievance.EraseCaseFile;
import io.tabien.contracts.grievance.ErasureGround;
import io.tabien.contracts.grievance.SealedText;
import io.tabien.registry.grievance.casefile.CaseFileField;
import io.tabien.registry.grievance.casefile.CaseFileSeal;
import io.tabien.contracts.grievance.GrievanceEvidenceAdded;
import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.GrievanceOutcome;
import io.tabien.contracts.grievance.GrievanceReferred;
import io.tabien.contracts.grievance.GrievanceRegistered;
import io.tabien.contracts.grievance.GrievanceResolved;
import io.tabien.contracts.grievance.GrievanceWorkerIdentified;
import io.tabien.contracts.grievance.IdentifyGrievanceWorker;
import io.tabien.contracts.grievance.ReferGrievance;
import io.tabien.contracts.grievance.ReferralAnswer;
import io.tabien.contracts.grievance.ReferralAnswered;
import io.tabien.contracts.grievance.ReferralId;
import io.tabien.contracts.grievance.ReferralTarget;
import io.tabien.contracts.grievance.RegisterGrievance;
import io.tabien.contracts.grievance.ResolveGrievance;
import io.tabien.contracts.grievance.ScreeningAuthority;
import io.tabien.contracts.grievance.ScreeningOutcome;
import io.tabien.contracts.grievance.TraffickingScreeningCompleted;
import io.tabien.contracts.labour.ContractId;
import io.tabien.contracts.labour.Money;
import io.tabien.registry.civil.CivilRecords;
import io.tabien.registry.labour.LabourRecords;
import io.tabien.registry.platform.errors.DateInFuture;
import io.tabien.registry.platform.errors.RequiredFieldMissing;
import io.tabien.registry.platform.errors.RuleViolation;
import io.tabien.registry.platform.errors.UnknownPerson;
import io.tabien.registry.platform.reference.UnknownCountry;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static io.tabien.contracts.grievance.GrievanceCategory.DEBT_BONDAGE;
import static io.tabien.contracts.grievance.GrievanceCategory.RETENTION_OF_IDENTITY_DOCUMENTS;
import static io.tabien.contracts.grievance.GrievanceCategory.WAGE_THEFT;
import static io.tabien.contracts.grievance.GrievanceCategory.WITHHOLDING_OF_WAGES;
import static io.tabien.registry.grievance.casefile.CaseFileField.EVIDENCE_DESCRIPTION;
import static io.tabien.registry.grievance.casefile.CaseFileField.NARRATIVE;
import static io.tabien.registry.grievance.casefile.CaseFileField.PASSPORT_NUMBER;
import static io.tabien.registry.grievance.casefile.CaseFileField.WORKER_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.test.matchers.Matchers.predicate;

class GrievanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final LocalDate REPORTED = TODAY.minusDays(20);
    private static final LocalDate REFERRED = TODAY.minusDays(10);
    private static final GrievanceId GRIEVANCE = new GrievanceId(UUID.fromString("9d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6"));
    private static final PersonId WORKER = PersonId.of("11111111-1111-4111-8111-111111111111");
    private static final PersonId STRANGER = PersonId.of("22222222-2222-4222-8222-222222222222");
    private static final ContractId CONTRACT = new ContractId(UUID.fromString("c0a1b2c3-d4e5-4f60-8a7b-8c9d0e1f2a3b"));
    private static final ContractId UNKNOWN_CONTRACT =
            new ContractId(UUID.fromString("d1b2c3d4-e5f6-4a70-8b8c-9d0e1f2a3b4c"));
    private static final ReferralId REFERRAL = new ReferralId(UUID.fromString("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"));
    private static final ReferralId OTHER_REFERRAL =
            new ReferralId(UUID.fromString("6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e"));
    private static final Money WAGES = new Money(new BigDecimal("12000"), "THB");

    private static final MetaData ATTACHE =
            MetaData.with("actor", "attache").and("role", "LABOUR_ATTACHE").and("office", "TH");
    private static final MetaData MALAYSIA_ATTACHE =
            MetaData.with("actor", "attache-my").and("role", "LABOUR_ATTACHE").and("office", "MY");
    private static final MetaData SYSTEM = MetaData.with("actor", "scheduler").and("role", "SYSTEM");

    private static final GrievanceRegistered REGISTERED = new GrievanceRegistered(GRIEVANCE, WORKER,
            sealed(WORKER_NAME, "Noy Keomany"), sealed(PASSPORT_NUMBER, "P1234567"), CONTRACT, "Sombat Farm Co.", "TH",
            "Chiang Mai", GrievanceChannel.WALK_IN, Set.of(WITHHOLDING_OF_WAGES, RETENTION_OF_IDENTITY_DOCUMENTS),
            sealed(NARRATIVE, "Wages unpaid for three months."), REPORTED);
    private static final GrievanceRegistered UNIDENTIFIED = new GrievanceRegistered(GRIEVANCE, null,
            sealed(WORKER_NAME, "Noy Keomany"), null, null, "Sombat Farm Co.", "TH", null, GrievanceChannel.HOTLINE,
            Set.of(WITHHOLDING_OF_WAGES), sealed(NARRATIVE, "Wages unpaid for three months."), REPORTED);
    private static final GrievanceReferred REFERRED_EVENT =
            new GrievanceReferred(GRIEVANCE, REFERRAL, ReferralTarget.LABOUR_MINISTRY, true, null, REFERRED);
    private static final GrievanceResolved RESOLVED_EVENT =
            new GrievanceResolved(GRIEVANCE, Set.of(GrievanceOutcome.MEDIATED), null, TODAY.minusDays(2));
    private static final MetaData ADMINISTRATOR = MetaData.with("actor", "admin").and("role", "ADMIN");
    private static final CaseFileErased ERASED =
            new CaseFileErased(GRIEVANCE, ErasureGround.WORKER_REQUEST, "The worker asked.", TODAY.minusDays(1));
    private static final GrievanceClosed CLOSED_EVENT = new GrievanceClosed(GRIEVANCE, TODAY.minusDays(1));

    private final Map<PersonId, CivilRecords.CivilRecord> civil = new HashMap<>();
    private final Set<ContractId> contracts = new HashSet<>();
    private final Set<GrievanceId> destroyedKeys = new HashSet<>();
    /** Seals in the open, so that the events can be compared; the cipher itself is tested with the keys. */
    private final CaseFileSeal seal = new CaseFileSeal() {
        @Override
        public SealedText seal(GrievanceId grievance, CaseFileField field, String text) {
            assertThat(destroyedKeys).doesNotContain(grievance);
            return text == null ? null : GrievanceTest.sealed(field, text);
        }

        @Override
        public void destroyKey(GrievanceId grievance) {
            destroyedKeys.add(grievance);
        }
    };
    private Clock clock;
    private GrievancePolicy policy;
    private FixtureConfiguration<Grievance> fixture;

    @BeforeEach
    void setUp() {
        civil.put(WORKER, new CivilRecords.CivilRecord(LocalDate.of(1998, 7, 14), Sex.F, null));
        contracts.add(CONTRACT);
        clock = Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Vientiane"));
        CivilRecords civilRecords = person -> Optional.ofNullable(civil.get(person));
        LabourRecords labourRecords = contracts::contains;
        policy = new GrievancePolicy(clock, civilRecords, labourRecords, seal);
        fixture = new AggregateTestFixture<>(Grievance.class);
        fixture.registerInjectableResource(policy);
    }

    // Registration

    @Test
    void identifiedWorkerWithAKnownContractIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(registration().build(), ATTACHE)
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGISTERED);
    }

    @Test
    void workerKnownOnlyByNameIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(registration().worker(null).passport(null).contract(null).city(null)
                        .channel(GrievanceChannel.HOTLINE).categories(EnumSet.of(WITHHOLDING_OF_WAGES)).build(), ATTACHE)
                .expectEvents(UNIDENTIFIED);
    }

    @Test
    void identifiedWorkerNeedsNoName() {
        fixture.givenNoPriorActivity()
                .when(registration().name(null).build(), ATTACHE)
                .expectEvents(new GrievanceRegistered(GRIEVANCE, WORKER, null, sealed(PASSPORT_NUMBER, "P1234567"),
                        CONTRACT, "Sombat Farm Co.", "TH", "Chiang Mai", GrievanceChannel.WALK_IN,
                        Set.of(WITHHOLDING_OF_WAGES, RETENTION_OF_IDENTITY_DOCUMENTS),
                        sealed(NARRATIVE, "Wages unpaid for three months."), REPORTED));
    }

    @Test
    void textFieldsAreStrippedAndBlankOptionalTextBecomesNull() {
        fixture.givenNoPriorActivity()
                .when(registration().worker(null).name("  Noy Keomany ").passport("   ").contract(null)
                        .employer("  Sombat Farm Co.\t").city(" ").narrative("\n Wages unpaid for three months. ")
                        .channel(GrievanceChannel.HOTLINE).categories(EnumSet.of(WITHHOLDING_OF_WAGES)).build(), ATTACHE)
                .expectEvents(UNIDENTIFIED);
    }

    @Test
    void workerWithoutPersonIdOrNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().worker(null).name(null).build(), ATTACHE)
                .expectException(WorkerUnnamed.class)
                .expectNoEvents();
    }

    @Test
    void blankWorkerNameWithoutPersonIdIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().worker(null).name("   ").build(), ATTACHE)
                .expectException(WorkerUnnamed.class)
                .expectNoEvents();
    }

    @Test
    void workerPersonIdWithoutACivilRecordIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().worker(STRANGER).build(), ATTACHE)
                .expectException(UnknownPerson.class)
                .expectException(onField("workerPersonId"))
                .expectNoEvents();
    }

    @Test
    void unknownContractIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().contract(UNKNOWN_CONTRACT).build(), ATTACHE)
                .expectException(UnknownContract.class)
                .expectNoEvents();
    }

    @Test
    void grievanceInLaosIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().country("LA").build(), SYSTEM)
                .expectException(CountryNotAbroad.class)
                .expectNoEvents();
    }

    @Test
    void countryThatIsNotAnIsoCodeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().country("XX").build(), SYSTEM)
                .expectException(UnknownCountry.class)
                .expectNoEvents();
    }

    @Test
    void lowerCaseCountryCodeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().country("th").build(), SYSTEM)
                .expectException(UnknownCountry.class)
                .expectNoEvents();
    }

    @Test
    void missingCountryIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().country(null).build(), SYSTEM)
                .expectException(UnknownCountry.class)
                .expectNoEvents();
    }

    @Test
    void emptyCategoriesAreRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().categories(EnumSet.noneOf(GrievanceCategory.class)).build(), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("categories"))
                .expectNoEvents();
    }

    @Test
    void missingCategoriesAreRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().categories(null).build(), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("categories"))
                .expectNoEvents();
    }

    @Test
    void nullAmongTheCategoriesIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().categories(new HashSet<>(Arrays.asList(WITHHOLDING_OF_WAGES, null))).build(),
                        ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("categories"))
                .expectNoEvents();
    }

    @Test
    void categoriesGivenAsAnImmutableSetAreAccepted() {
        fixture.givenNoPriorActivity()
                .when(registration().categories(Set.of(WITHHOLDING_OF_WAGES, RETENTION_OF_IDENTITY_DOCUMENTS)).build(),
                        ATTACHE)
                .expectEvents(REGISTERED);
    }

    @Test
    void missingNarrativeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().narrative(null).build(), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectExceptionMessage("The record needs narrative.")
                .expectNoEvents();
    }

    @Test
    void blankNarrativeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().narrative("  \n ").build(), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("narrative"))
                .expectNoEvents();
    }

    @Test
    void missingEmployerIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().employer(" ").build(), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("employerName"))
                .expectNoEvents();
    }

    @Test
    void missingChannelIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().channel(null).build(), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("channel"))
                .expectNoEvents();
    }

    @Test
    void missingReportDateIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().reportedOn(null).build(), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("reportedOn"))
                .expectNoEvents();
    }

    @Test
    void reportDateInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration().reportedOn(TODAY.plusDays(1)).build(), ATTACHE)
                .expectException(DateInFuture.class)
                .expectException(onField("reportedOn"))
                .expectNoEvents();
    }

    @Test
    void grievanceReportedTodayIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(registration().reportedOn(TODAY).build(), ATTACHE)
                .expectEvents(new GrievanceRegistered(GRIEVANCE, WORKER, sealed(WORKER_NAME, "Noy Keomany"),
                        sealed(PASSPORT_NUMBER, "P1234567"), CONTRACT, "Sombat Farm Co.", "TH", "Chiang Mai",
                        GrievanceChannel.WALK_IN, Set.of(WITHHOLDING_OF_WAGES, RETENTION_OF_IDENTITY_DOCUMENTS),
                        sealed(NARRATIVE, "Wages unpaid for three months."), TODAY));
    }

    @Test
    void attacheInMalaysiaCannotRegisterAGrievanceInThailand() {
        fixture.givenNoPriorActivity()
                .when(registration().build(), MALAYSIA_ATTACHE)
                .expectException(OutsideAttacheCountry.class)
                .expectNoEvents();
    }

    @Test
    void attacheWithoutAnOfficeCannotRegisterAGrievance() {
        fixture.givenNoPriorActivity()
                .when(registration().build(), MetaData.with("actor", "attache").and("role", "LABOUR_ATTACHE"))
                .expectException(OutsideAttacheCountry.class)
                .expectNoEvents();
    }

    @Test
    void attacheRoleAmongSeveralRolesIsStillBoundToItsCountry() {
        fixture.givenNoPriorActivity()
                .when(registration().build(),
                        MetaData.with("actor", "attache").and("role", "AUDITOR,LABOUR_ATTACHE").and("office", "MY"))
                .expectException(OutsideAttacheCountry.class)
                .expectNoEvents();
    }

    @Test
    void commandWithoutARoleIsNotBoundToACountry() {
        fixture.givenNoPriorActivity()
                .when(registration().build())
                .expectEvents(REGISTERED);
    }

    @Test
    void systemRoleIsNotBoundToACountry() {
        fixture.givenNoPriorActivity()
                .when(registration().build(), SYSTEM.and("office", "MY"))
                .expectEvents(REGISTERED);
    }

    // Identification

    @Test
    void workerIsIdentifiedLater() {
        fixture.given(UNIDENTIFIED)
                .when(new IdentifyGrievanceWorker(GRIEVANCE, WORKER), ATTACHE)
                .expectEvents(new GrievanceWorkerIdentified(GRIEVANCE, WORKER));
    }

    @Test
    void workerIdentifiedAtRegistrationIsNotIdentifiedAgain() {
        fixture.given(REGISTERED)
                .when(new IdentifyGrievanceWorker(GRIEVANCE, WORKER), ATTACHE)
                .expectException(AlreadyIdentified.class)
                .expectNoEvents();
    }

    @Test
    void workerIdentifiedLaterIsNotIdentifiedAgain() {
        civil.put(STRANGER, new CivilRecords.CivilRecord(LocalDate.of(1990, 1, 1), Sex.M, null));

        fixture.given(UNIDENTIFIED, new GrievanceWorkerIdentified(GRIEVANCE, WORKER))
                .when(new IdentifyGrievanceWorker(GRIEVANCE, STRANGER), ATTACHE)
                .expectException(AlreadyIdentified.class)
                .expectNoEvents();
    }

    @Test
    void identificationAsAnUnknownPersonIsRefused() {
        fixture.given(UNIDENTIFIED)
                .when(new IdentifyGrievanceWorker(GRIEVANCE, STRANGER), ATTACHE)
                .expectException(UnknownPerson.class)
                .expectException(onField("personId"))
                .expectNoEvents();
    }

    @Test
    void identificationWithoutAPersonIsRefused() {
        fixture.given(UNIDENTIFIED)
                .when(new IdentifyGrievanceWorker(GRIEVANCE, null), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("personId"))
                .expectNoEvents();
    }

    @Test
    void workerOfAClosedCaseIsNotIdentified() {
        fixture.given(UNIDENTIFIED, CLOSED_EVENT)
                .when(new IdentifyGrievanceWorker(GRIEVANCE, WORKER), ATTACHE)
                .expectException(CaseClosed.class)
                .expectNoEvents();
    }

    @Test
    void attacheOfAnotherCountryCannotIdentifyTheWorker() {
        fixture.given(UNIDENTIFIED)
                .when(new IdentifyGrievanceWorker(GRIEVANCE, WORKER), MALAYSIA_ATTACHE)
                .expectException(OutsideAttacheCountry.class)
                .expectNoEvents();
    }

    // Evidence

    @Test
    void evidenceIsAdded() {
        fixture.given(REGISTERED)
                .when(new AddGrievanceEvidence(GRIEVANCE, "Payslips for January", "DOC-17", TODAY), ATTACHE)
                .expectEvents(new GrievanceEvidenceAdded(GRIEVANCE, sealed(EVIDENCE_DESCRIPTION, "Payslips for January"),
                        "DOC-17", TODAY));
    }

    @Test
    void evidenceTextIsStrippedAndBlankReferenceBecomesNull() {
        fixture.given(REGISTERED)
                .when(new AddGrievanceEvidence(GRIEVANCE, "  Payslips for January ", "  ", REPORTED), ATTACHE)
                .expectEvents(new GrievanceEvidenceAdded(GRIEVANCE, sealed(EVIDENCE_DESCRIPTION, "Payslips for January"),
                        null, REPORTED));
    }

    @Test
    void evidenceWithoutADescriptionIsRefused() {
        fixture.given(REGISTERED)
                .when(new AddGrievanceEvidence(GRIEVANCE, " ", "DOC-17", TODAY), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("description"))
                .expectNoEvents();
    }

    @Test
    void evidenceAddedBeforeTheReportIsRefused() {
        fixture.given(REGISTERED)
                .when(new AddGrievanceEvidence(GRIEVANCE, "Payslips", null, REPORTED.minusDays(1)), ATTACHE)
                .expectException(BeforeReport.class)
                .expectException(onField("addedOn"))
                .expectNoEvents();
    }

    @Test
    void evidenceAddedInTheFutureIsRefused() {
        fixture.given(REGISTERED)
                .when(new AddGrievanceEvidence(GRIEVANCE, "Payslips", null, TODAY.plusDays(1)), ATTACHE)
                .expectException(DateInFuture.class)
                .expectException(onField("addedOn"))
                .expectNoEvents();
    }

    @Test
    void evidenceWithoutADateIsRefused() {
        fixture.given(REGISTERED)
                .when(new AddGrievanceEvidence(GRIEVANCE, "Payslips", null, null), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("addedOn"))
                .expectNoEvents();
    }

    @Test
    void attacheOfAnotherCountryCannotAddEvidence() {
        fixture.given(REGISTERED)
                .when(new AddGrievanceEvidence(GRIEVANCE, "Payslips", null, TODAY), MALAYSIA_ATTACHE)
                .expectException(OutsideAttacheCountry.class)
                .expectNoEvents();
    }

    // Trafficking screening

    @Test
    void screeningWithIloIndicatorsIsCompleted() {
        fixture.given(REGISTERED)
                .when(new CompleteTraffickingScreening(GRIEVANCE, EnumSet.of(WITHHOLDING_OF_WAGES, DEBT_BONDAGE),
                        ScreeningOutcome.POSSIBLE_VICTIM, ScreeningAuthority.POLICE, TODAY), ATTACHE)
                .expectEvents(new TraffickingScreeningCompleted(GRIEVANCE, Set.of(WITHHOLDING_OF_WAGES, DEBT_BONDAGE),
                        ScreeningOutcome.POSSIBLE_VICTIM, ScreeningAuthority.POLICE, TODAY));
    }

    @Test
    void screeningWithoutIndicatorsRecordsAnEmptySet() {
        fixture.given(REGISTERED)
                .when(new CompleteTraffickingScreening(GRIEVANCE, null, ScreeningOutcome.NOT_A_VICTIM,
                        ScreeningAuthority.LABOUR_ATTACHE, TODAY), ATTACHE)
                .expectEvents(new TraffickingScreeningCompleted(GRIEVANCE, Set.of(), ScreeningOutcome.NOT_A_VICTIM,
                        ScreeningAuthority.LABOUR_ATTACHE, TODAY));
    }

    @Test
    void categoryThatIsNotAnIloIndicatorIsRefused() {
        fixture.given(REGISTERED)
                .when(new CompleteTraffickingScreening(GRIEVANCE, EnumSet.of(DEBT_BONDAGE, WAGE_THEFT),
                        ScreeningOutcome.VICTIM, ScreeningAuthority.COURT, TODAY), ATTACHE)
                .expectException(NotAnIndicator.class)
                .expectExceptionMessage("WAGE_THEFT is not one of the ILO indicators of forced labour.")
                .expectNoEvents();
    }

    @Test
    void screeningWithoutAnOutcomeIsRefused() {
        fixture.given(REGISTERED)
                .when(new CompleteTraffickingScreening(GRIEVANCE, EnumSet.of(DEBT_BONDAGE), null,
                        ScreeningAuthority.POLICE, TODAY), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("outcome"))
                .expectNoEvents();
    }

    @Test
    void screeningWithoutADecidingAuthorityIsRefused() {
        fixture.given(REGISTERED)
                .when(new CompleteTraffickingScreening(GRIEVANCE, EnumSet.of(DEBT_BONDAGE), ScreeningOutcome.VICTIM,
                        null, TODAY), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("decidedBy"))
                .expectNoEvents();
    }

    @Test
    void screeningBeforeTheReportIsRefused() {
        fixture.given(REGISTERED)
                .when(new CompleteTraffickingScreening(GRIEVANCE, EnumSet.of(DEBT_BONDAGE), ScreeningOutcome.VICTIM,
                        ScreeningAuthority.POLICE, REPORTED.minusDays(1)), ATTACHE)
                .expectException(BeforeReport.class)
                .expectException(onField("screenedOn"))
                .expectNoEvents();
    }

    @Test
    void screeningInTheFutureIsRefused() {
        fixture.given(REGISTERED)
                .when(new CompleteTraffickingScreening(GRIEVANCE, EnumSet.of(DEBT_BONDAGE), ScreeningOutcome.VICTIM,
                        ScreeningAuthority.POLICE, TODAY.plusDays(1)), ATTACHE)
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    // Referral

    @Test
    void referralWithConsentIsMadeAndItsIdReturned() {
        fixture.given(REGISTERED)
                .when(new ReferGrievance(GRIEVANCE, REFERRAL, ReferralTarget.LABOUR_MINISTRY, true, null, REFERRED),
                        ATTACHE)
                .expectEvents(REFERRED_EVENT)
                .expectResultMessagePayload(REFERRAL);
    }

    @Test
    void referralWithoutConsentOrOverrideReasonIsRefused() {
        fixture.given(REGISTERED)
                .when(new ReferGrievance(GRIEVANCE, REFERRAL, ReferralTarget.POLICE, false, null, REFERRED), ATTACHE)
                .expectException(ConsentRequired.class)
                .expectNoEvents();
    }

    @Test
    void referralWithoutConsentAndABlankOverrideReasonIsRefused() {
        fixture.given(REGISTERED)
                .when(new ReferGrievance(GRIEVANCE, REFERRAL, ReferralTarget.POLICE, false, "   ", REFERRED), ATTACHE)
                .expectException(ConsentRequired.class)
                .expectNoEvents();
    }

    @Test
    void referralWithoutConsentGoesAheadWithAnOverrideReason() {
        fixture.given(REGISTERED)
                .when(new ReferGrievance(GRIEVANCE, REFERRAL, ReferralTarget.POLICE, false,
                        "  Worker is a minor in immediate danger. ", REFERRED), ATTACHE)
                .expectEvents(new GrievanceReferred(GRIEVANCE, REFERRAL, ReferralTarget.POLICE, false,
                        "Worker is a minor in immediate danger.", REFERRED))
                .expectResultMessagePayload(REFERRAL);
    }

    @Test
    void referralWithoutATargetIsRefused() {
        fixture.given(REGISTERED)
                .when(new ReferGrievance(GRIEVANCE, REFERRAL, null, true, null, REFERRED), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("to"))
                .expectNoEvents();
    }

    @Test
    void referralBeforeTheReportIsRefused() {
        fixture.given(REGISTERED)
                .when(new ReferGrievance(GRIEVANCE, REFERRAL, ReferralTarget.NGO, true, null, REPORTED.minusDays(1)),
                        ATTACHE)
                .expectException(BeforeReport.class)
                .expectException(onField("referredOn"))
                .expectNoEvents();
    }

    @Test
    void referralInTheFutureIsRefused() {
        fixture.given(REGISTERED)
                .when(new ReferGrievance(GRIEVANCE, REFERRAL, ReferralTarget.NGO, true, null, TODAY.plusDays(1)),
                        ATTACHE)
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void attacheOfAnotherCountryCannotRefer() {
        fixture.given(REGISTERED)
                .when(new ReferGrievance(GRIEVANCE, REFERRAL, ReferralTarget.NGO, true, null, REFERRED),
                        MALAYSIA_ATTACHE)
                .expectException(OutsideAttacheCountry.class)
                .expectNoEvents();
    }

    // Referral answer

    @Test
    void referralIsAnswered() {
        fixture.given(REGISTERED, REFERRED_EVENT)
                .when(new AnswerReferral(GRIEVANCE, REFERRAL, ReferralAnswer.ACCEPTED, " Case opened ", TODAY),
                        ATTACHE)
                .expectEvents(new ReferralAnswered(GRIEVANCE, REFERRAL, ReferralAnswer.ACCEPTED, "Case opened", TODAY));
    }

    @Test
    void referralIsAnsweredOnTheDayItWasMadeWithABlankReasonRecordedAsNone() {
        fixture.given(REGISTERED, REFERRED_EVENT)
                .when(new AnswerReferral(GRIEVANCE, REFERRAL, ReferralAnswer.REJECTED, "  ", REFERRED), SYSTEM)
                .expectEvents(new ReferralAnswered(GRIEVANCE, REFERRAL, ReferralAnswer.REJECTED, null, REFERRED));
    }

    @Test
    void answeredReferralIsNotAnsweredAgain() {
        fixture.given(REGISTERED, REFERRED_EVENT,
                        new ReferralAnswered(GRIEVANCE, REFERRAL, ReferralAnswer.ACCEPTED, null, REFERRED.plusDays(1)))
                .when(new AnswerReferral(GRIEVANCE, REFERRAL, ReferralAnswer.REJECTED, null, TODAY), ATTACHE)
                .expectException(AlreadyAnswered.class)
                .expectNoEvents();
    }

    @Test
    void answeringOneReferralLeavesAnotherOpen() {
        GrievanceReferred second =
                new GrievanceReferred(GRIEVANCE, OTHER_REFERRAL, ReferralTarget.NGO, true, null, REFERRED);

        fixture.given(REGISTERED, REFERRED_EVENT, second,
                        new ReferralAnswered(GRIEVANCE, REFERRAL, ReferralAnswer.ACCEPTED, null, REFERRED.plusDays(1)))
                .when(new AnswerReferral(GRIEVANCE, OTHER_REFERRAL, ReferralAnswer.ACCEPTED, null, TODAY), ATTACHE)
                .expectEvents(new ReferralAnswered(GRIEVANCE, OTHER_REFERRAL, ReferralAnswer.ACCEPTED, null, TODAY));
    }

    @Test
    void answerToAnUnknownReferralIsRefused() {
        fixture.given(REGISTERED, REFERRED_EVENT)
                .when(new AnswerReferral(GRIEVANCE, OTHER_REFERRAL, ReferralAnswer.ACCEPTED, null, TODAY), ATTACHE)
                .expectException(UnknownReferral.class)
                .expectNoEvents();
    }

    @Test
    void answerBeforeTheReferralIsRefused() {
        fixture.given(REGISTERED, REFERRED_EVENT)
                .when(new AnswerReferral(GRIEVANCE, REFERRAL, ReferralAnswer.ACCEPTED, null, REFERRED.minusDays(1)),
                        ATTACHE)
                .expectException(AnswerBeforeReferral.class)
                .expectException(onField("answeredOn"))
                .expectNoEvents();
    }

    @Test
    void answerInTheFutureIsRefused() {
        fixture.given(REGISTERED, REFERRED_EVENT)
                .when(new AnswerReferral(GRIEVANCE, REFERRAL, ReferralAnswer.ACCEPTED, null, TODAY.plusDays(1)),
                        ATTACHE)
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void answerWithoutAVerdictIsRefused() {
        fixture.given(REGISTERED, REFERRED_EVENT)
                .when(new AnswerReferral(GRIEVANCE, REFERRAL, null, "no idea", TODAY), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("answer"))
                .expectNoEvents();
    }

    @Test
    void answerWithoutADateIsRefused() {
        fixture.given(REGISTERED, REFERRED_EVENT)
                .when(new AnswerReferral(GRIEVANCE, REFERRAL, ReferralAnswer.ACCEPTED, null, null), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("answeredOn"))
                .expectNoEvents();
    }

    // Resolution

    @Test
    void grievanceIsResolvedWithRecoveredWages() {
        fixture.given(REGISTERED)
                .when(new ResolveGrievance(GRIEVANCE,
                        EnumSet.of(GrievanceOutcome.WAGES_RECOVERED, GrievanceOutcome.DOCUMENT_RETURNED), WAGES, TODAY),
                        ATTACHE)
                .expectEvents(new GrievanceResolved(GRIEVANCE,
                        Set.of(GrievanceOutcome.WAGES_RECOVERED, GrievanceOutcome.DOCUMENT_RETURNED), WAGES, TODAY));
    }

    @Test
    void grievanceIsResolvedWithoutWagesWhenNoneWereRecovered() {
        fixture.given(REGISTERED)
                .when(new ResolveGrievance(GRIEVANCE, EnumSet.of(GrievanceOutcome.MEDIATED), null, REPORTED), ATTACHE)
                .expectEvents(new GrievanceResolved(GRIEVANCE, Set.of(GrievanceOutcome.MEDIATED), null, REPORTED));
    }

    @Test
    void outcomesGivenAsAnImmutableSetAreAccepted() {
        fixture.given(REGISTERED)
                .when(new ResolveGrievance(GRIEVANCE, Set.of(GrievanceOutcome.MEDIATED), null, TODAY), ATTACHE)
                .expectEvents(new GrievanceResolved(GRIEVANCE, Set.of(GrievanceOutcome.MEDIATED), null, TODAY));
    }

    @Test
    void resolvedGrievanceIsNotResolvedAgain() {
        fixture.given(REGISTERED, RESOLVED_EVENT)
                .when(new ResolveGrievance(GRIEVANCE, EnumSet.of(GrievanceOutcome.REPATRIATED), null, TODAY), ATTACHE)
                .expectException(AlreadyResolved.class)
                .expectNoEvents();
    }

    @Test
    void closedGrievanceIsNotResolved() {
        fixture.given(REGISTERED, CLOSED_EVENT)
                .when(new ResolveGrievance(GRIEVANCE, EnumSet.of(GrievanceOutcome.MEDIATED), null, TODAY), ATTACHE)
                .expectException(CaseClosed.class)
                .expectNoEvents();
    }

    @Test
    void recoveredWagesWithoutAnAmountAreRefused() {
        fixture.given(REGISTERED)
                .when(new ResolveGrievance(GRIEVANCE, EnumSet.of(GrievanceOutcome.WAGES_RECOVERED), null, TODAY),
                        ATTACHE)
                .expectException(WagesRecoveredMissing.class)
                .expectNoEvents();
    }

    @Test
    void recoveredWagesOfZeroAreRefused() {
        fixture.given(REGISTERED)
                .when(new ResolveGrievance(GRIEVANCE, EnumSet.of(GrievanceOutcome.WAGES_RECOVERED),
                        new Money(BigDecimal.ZERO, "THB"), TODAY), ATTACHE)
                .expectException(WagesRecoveredMissing.class)
                .expectNoEvents();
    }

    @Test
    void recoveredWagesWithANegativeAmountAreRefused() {
        fixture.given(REGISTERED)
                .when(new ResolveGrievance(GRIEVANCE, EnumSet.of(GrievanceOutcome.WAGES_RECOVERED),
                        new Money(new BigDecimal("-5"), "THB"), TODAY), ATTACHE)
                .expectException(WagesRecoveredMissing.class)
                .expectNoEvents();
    }

    @Test
    void recoveredWagesWithoutAnAmountValueAreRefused() {
        fixture.given(REGISTERED)
                .when(new ResolveGrievance(GRIEVANCE, EnumSet.of(GrievanceOutcome.WAGES_RECOVERED),
                        new Money(null, "THB"), TODAY), ATTACHE)
                .expectException(WagesRecoveredMissing.class)
                .expectNoEvents();
    }

    @Test
    void resolutionWithoutOutcomesIsRefused() {
        fixture.given(REGISTERED)
                .when(new ResolveGrievance(GRIEVANCE, EnumSet.noneOf(GrievanceOutcome.class), null, TODAY), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("outcomes"))
                .expectNoEvents();
    }

    @Test
    void resolutionWithMissingOutcomesIsRefused() {
        fixture.given(REGISTERED)
                .when(new ResolveGrievance(GRIEVANCE, null, null, TODAY), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("outcomes"))
                .expectNoEvents();
    }

    @Test
    void resolutionBeforeTheReportIsRefused() {
        fixture.given(REGISTERED)
                .when(new ResolveGrievance(GRIEVANCE, EnumSet.of(GrievanceOutcome.MEDIATED), null,
                        REPORTED.minusDays(1)), ATTACHE)
                .expectException(BeforeReport.class)
                .expectException(onField("resolvedOn"))
                .expectNoEvents();
    }

    @Test
    void resolutionInTheFutureIsRefused() {
        fixture.given(REGISTERED)
                .when(new ResolveGrievance(GRIEVANCE, EnumSet.of(GrievanceOutcome.MEDIATED), null, TODAY.plusDays(1)),
                        ATTACHE)
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void attacheOfAnotherCountryCannotResolve() {
        fixture.given(REGISTERED)
                .when(new ResolveGrievance(GRIEVANCE, EnumSet.of(GrievanceOutcome.MEDIATED), null, TODAY),
                        MALAYSIA_ATTACHE)
                .expectException(OutsideAttacheCountry.class)
                .expectNoEvents();
    }

    // Closure

    @Test
    void resolvedGrievanceIsClosed() {
        fixture.given(REGISTERED, RESOLVED_EVENT)
                .when(new CloseGrievance(GRIEVANCE, TODAY), ATTACHE)
                .expectEvents(new GrievanceClosed(GRIEVANCE, TODAY));
    }

    @Test
    void closedGrievanceIsNotClosedAgain() {
        fixture.given(REGISTERED, CLOSED_EVENT)
                .when(new CloseGrievance(GRIEVANCE, TODAY), ATTACHE)
                .expectException(CaseClosed.class)
                .expectNoEvents();
    }

    @Test
    void closureBeforeTheReportIsRefused() {
        fixture.given(REGISTERED)
                .when(new CloseGrievance(GRIEVANCE, REPORTED.minusDays(1)), ATTACHE)
                .expectException(BeforeReport.class)
                .expectException(onField("closedOn"))
                .expectNoEvents();
    }

    @Test
    void closureInTheFutureIsRefused() {
        fixture.given(REGISTERED)
                .when(new CloseGrievance(GRIEVANCE, TODAY.plusDays(1)), ATTACHE)
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void attacheOfAnotherCountryCannotClose() {
        fixture.given(REGISTERED)
                .when(new CloseGrievance(GRIEVANCE, TODAY), MALAYSIA_ATTACHE)
                .expectException(OutsideAttacheCountry.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("stepsAfterClosure")
    void nothingIsRecordedOnAClosedCase(Object step) {
        fixture.given(UNIDENTIFIED, REFERRED_EVENT, CLOSED_EVENT)
                .when(step, ATTACHE)
                .expectException(CaseClosed.class)
                .expectNoEvents();
    }

    static Stream<Object> stepsAfterClosure() {
        return Stream.of(
                new IdentifyGrievanceWorker(GRIEVANCE, WORKER),
                new AddGrievanceEvidence(GRIEVANCE, "Payslips", null, TODAY),
                new CompleteTraffickingScreening(GRIEVANCE, EnumSet.of(DEBT_BONDAGE), ScreeningOutcome.VICTIM,
                        ScreeningAuthority.POLICE, TODAY),
                new ReferGrievance(GRIEVANCE, OTHER_REFERRAL, ReferralTarget.NGO, true, null, TODAY),
                new AnswerReferral(GRIEVANCE, REFERRAL, ReferralAnswer.ACCEPTED, null, TODAY),
                new ResolveGrievance(GRIEVANCE, EnumSet.of(GrievanceOutcome.MEDIATED), null, TODAY),
                new CloseGrievance(GRIEVANCE, TODAY));
    }

    // Erasure

    @Test
    void caseFileIsErasedAndItsKeyDestroyed() {
        fixture.given(REGISTERED, CLOSED_EVENT)
                .when(new EraseCaseFile(GRIEVANCE, ErasureGround.WORKER_REQUEST, "  The worker asked in writing. "),
                        ADMINISTRATOR)
                .expectEvents(new CaseFileErased(GRIEVANCE, ErasureGround.WORKER_REQUEST,
                        "The worker asked in writing.", TODAY));
        assertThat(destroyedKeys).containsExactly(GRIEVANCE);
    }

    @Test
    void anOpenCaseMayBeErasedToo() {
        fixture.given(REGISTERED)
                .when(new EraseCaseFile(GRIEVANCE, ErasureGround.LEGAL_ORDER, "Court order 12/2026"), ADMINISTRATOR)
                .expectEvents(new CaseFileErased(GRIEVANCE, ErasureGround.LEGAL_ORDER, "Court order 12/2026", TODAY));
    }

    @Test
    void erasureWithoutAReasonIsRefusedAndKeepsTheKey() {
        fixture.given(REGISTERED)
                .when(new EraseCaseFile(GRIEVANCE, ErasureGround.WORKER_REQUEST, "  "), ADMINISTRATOR)
                .expectException(RequiredFieldMissing.class)
                .expectException(onField("reason"))
                .expectNoEvents();
        assertThat(destroyedKeys).isEmpty();
    }

    @Test
    void erasureWithoutAGroundIsRefused() {
        fixture.given(REGISTERED)
                .when(new EraseCaseFile(GRIEVANCE, null, "The worker asked"), ADMINISTRATOR)
                .expectException(onField("ground"))
                .expectNoEvents();
        assertThat(destroyedKeys).isEmpty();
    }

    @Test
    void anErasedCaseFileIsNotErasedTwice() {
        fixture.given(REGISTERED, ERASED)
                .when(new EraseCaseFile(GRIEVANCE, ErasureGround.WORKER_REQUEST, "Again"), ADMINISTRATOR)
                .expectException(CaseFileAlreadyErased.class)
                .expectNoEvents();
        assertThat(destroyedKeys).isEmpty();
    }

    @Test
    void noEvidenceIsAddedToAnErasedCaseFile() {
        fixture.given(REGISTERED, ERASED)
                .when(new AddGrievanceEvidence(GRIEVANCE, "Payslips for January", "DOC-17", TODAY), ATTACHE)
                .expectException(CaseFileAlreadyErased.class)
                .expectNoEvents();
    }

    @Test
    void anErasedCaseIsStillReferredResolvedAndClosed() {
        fixture.given(REGISTERED, ERASED, RESOLVED_EVENT)
                .when(new CloseGrievance(GRIEVANCE, TODAY), ATTACHE)
                .expectEvents(new GrievanceClosed(GRIEVANCE, TODAY));
    }

    // Policy

    @Test
    void todayIsTheDateInVientiane() {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-03-14T18:30:00Z"), ZoneId.of("Asia/Vientiane"));

        assertThat(policy.today()).isEqualTo(TODAY);
        assertThat(new GrievancePolicy(lateEvening, person -> Optional.empty(), contract -> false, seal).today())
                .isEqualTo(TODAY);
    }

    @Test
    void onlyTheAttacheRoleIsBoundToItsOffice() {
        assertThatCode(() -> policy.mustActIn(ATTACHE, "TH")).doesNotThrowAnyException();
        assertThatCode(() -> policy.mustActIn(MetaData.emptyInstance(), "TH")).doesNotThrowAnyException();
        assertThatCode(() -> policy.mustActIn(SYSTEM, "TH")).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.mustActIn(MALAYSIA_ATTACHE, "TH"))
                .isInstanceOf(OutsideAttacheCountry.class)
                .hasMessageContaining("(MY)");
    }

    private static Matcher<Object> onField(String field) {
        return predicate(e -> e instanceof RuleViolation violation && field.equals(violation.field()));
    }

    private static Registration registration() {
        return new Registration();
    }

    private static final class Registration {

        private PersonId worker = WORKER;
        private String name = "Noy Keomany";
        private String passport = "P1234567";
        private ContractId contract = CONTRACT;
        private String employer = "Sombat Farm Co.";
        private String country = "TH";
        private String city = "Chiang Mai";
        private GrievanceChannel channel = GrievanceChannel.WALK_IN;
        private Set<GrievanceCategory> categories = EnumSet.of(WITHHOLDING_OF_WAGES, RETENTION_OF_IDENTITY_DOCUMENTS);
        private String narrative = "Wages unpaid for three months.";
        private LocalDate reportedOn = REPORTED;

        Registration worker(PersonId value) {
            worker = value;
            return this;
        }

        Registration name(String value) {
            name = value;
            return this;
        }

        Registration passport(String value) {
            passport = value;
            return this;
        }

        Registration contract(ContractId value) {
            contract = value;
            return this;
        }

        Registration employer(String value) {
            employer = value;
            return this;
        }

        Registration country(String value) {
            country = value;
            return this;
        }

        Registration city(String value) {
            city = value;
            return this;
        }

        Registration channel(GrievanceChannel value) {
            channel = value;
            return this;
        }

        Registration categories(Set<GrievanceCategory> value) {
            categories = value;
            return this;
        }

        Registration narrative(String value) {
            narrative = value;
            return this;
        }

        Registration reportedOn(LocalDate value) {
            reportedOn = value;
            return this;
        }

        RegisterGrievance build() {
            return new RegisterGrievance(GRIEVANCE, worker, name, passport, contract, employer, country, city, channel,
                    categories, narrative, reportedOn);
        }
    }

    @Test
    void referralUnderAnIdAlreadyUsedIsRefused() {
        fixture.given(REGISTERED, REFERRED_EVENT)
                .when(new ReferGrievance(GRIEVANCE, REFERRAL, ReferralTarget.POLICE, true, null, TODAY), ATTACHE)
                .expectException(DuplicateReferral.class)
                .expectNoEvents();
    }

    @Test
    void closureBeforeTheResolutionIsRefused() {
        fixture.given(REGISTERED, RESOLVED_EVENT)
                .when(new CloseGrievance(GRIEVANCE, RESOLVED_EVENT.resolvedOn().minusDays(1)), ATTACHE)
                .expectException(ClosedBeforeResolution.class)
                .expectNoEvents();
    }

    @Test
    void closureOnTheDayOfResolutionIsAccepted() {
        fixture.given(REGISTERED, RESOLVED_EVENT)
                .when(new CloseGrievance(GRIEVANCE, RESOLVED_EVENT.resolvedOn()), ATTACHE)
                .expectEvents(new GrievanceClosed(GRIEVANCE, RESOLVED_EVENT.resolvedOn()));
    }

    @Test
    void recoveredWagesInAnUnknownCurrencyAreRefused() {
        fixture.given(REGISTERED)
                .when(new ResolveGrievance(GRIEVANCE, java.util.EnumSet.of(GrievanceOutcome.WAGES_RECOVERED),
                        new Money(new BigDecimal("100"), "XYZ"), TODAY), ATTACHE)
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    private static SealedText sealed(CaseFileField field, String text) {
        return new SealedText(SealedText.SEALED + field + ":" + text);
    }
}
