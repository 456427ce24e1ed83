package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.BirthRecordChanges;
import io.tabien.contracts.civil.BirthRecordCorrected;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.CorrectBirthRecord;
import io.tabien.contracts.civil.DeathRegistered;
import io.tabien.contracts.civil.DuplicateBirthReviewed;
import io.tabien.contracts.civil.DuplicateDecision;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.ParentReference;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.RegisterBirth;
import io.tabien.contracts.civil.RegisterDeath;
import io.tabien.contracts.civil.ReviewDuplicateBirth;
import io.tabien.contracts.civil.Sex;
import io.tabien.registry.platform.errors.DateInFuture;
import io.tabien.registry.platform.errors.RequiredFieldMissing;
import io.tabien.registry.platform.errors.UnknownPerson;
import io.tabien.registry.flags.DuplicateBirthFlags;
import io.tabien.registry.platform.errors.RecordChangedSince;
import io.tabien.registry.platform.reference.DistrictOutsideProvince;
import io.tabien.registry.platform.reference.UnknownDistrict;
import io.tabien.registry.platform.reference.UnknownProvince;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static io.tabien.registry.civil.command.CivilFixtures.TODAY;
import static io.tabien.registry.civil.command.CivilFixtures.registrarOf;

class PersonTest {

    private static final PersonId PERSON = PersonId.of("6f1c8a52-1d9e-4a7b-9a53-0c4c2a7e9b11");
    private static final PersonId EARLIER = PersonId.of("0d2b1f4e-6a7c-4f0e-9b1d-3c5e7a9b1d20");
    private static final PersonId LATER = PersonId.of("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c60");
    private static final FamilyBookId BOOK = FamilyBookId.of("0b7e3b47-35a8-4f57-8f3e-0f8b6d8f2a10");
    private static final Place SEKONG = new Place("LA-XE", "1501", "Ban Phon");
    private static final ParentReference MOTHER = new ParentReference(null, "Noy Keomany");
    private static final LocalDate BORN = TODAY.minusYears(30);

    private FixtureConfiguration<Person> fixture;
    private CivilFixtures.InMemoryLookups lookups;
    private final FlaggedPairs flags = new FlaggedPairs();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        lookups = new CivilFixtures.InMemoryLookups();
        fixture.registerInjectableResource(CivilFixtures.policy());
        fixture.registerInjectableResource(lookups);
        fixture.registerInjectableResource(flags);
    }

    // Registering a birth

    @Test
    void birthRegisteredWithinThirtyDaysIsOnTime() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(TODAY.minusDays(30), SEKONG), registrarOf("LA-XE"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(birthRegistered(TODAY.minusDays(30), SEKONG, false));
    }

    @Test
    void birthRegisteredMoreThanThirtyDaysLaterIsMarkedLate() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(TODAY.minusDays(31), SEKONG), registrarOf("LA-XE"))
                .expectEvents(birthRegistered(TODAY.minusDays(31), SEKONG, true));
    }

    @Test
    void birthOnTheDayOfRegistrationIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(TODAY, SEKONG), registrarOf("1501"))
                .expectEvents(birthRegistered(TODAY, SEKONG, false));
    }

    @Test
    void dateOfBirthInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(TODAY.plusDays(1), SEKONG), registrarOf("LA-XE"))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void birthOnTheFirstDayOf1900IsAccepted() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(LocalDate.of(1900, 1, 1), SEKONG), registrarOf("LA-XE"))
                .expectEvents(birthRegistered(LocalDate.of(1900, 1, 1), SEKONG, true));
    }

    @Test
    void dateOfBirthBefore1900IsRefused() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(LocalDate.of(1899, 12, 31), SEKONG), registrarOf("LA-XE"))
                .expectException(DateOfBirthTooEarly.class)
                .expectNoEvents();
    }

    @Test
    void placeOfBirthOutsideTheProvincesOfLaosIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(TODAY.minusDays(3), new Place("TH-10", null, null)), registrarOf("LA-XE"))
                .expectException(UnknownProvince.class)
                .expectNoEvents();
    }

    @Test
    void unknownDistrictIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(TODAY.minusDays(3), new Place("LA-XE", "1599", null)), registrarOf("LA-XE"))
                .expectException(UnknownDistrict.class)
                .expectNoEvents();
    }

    @Test
    void districtOfAnotherProvinceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(TODAY.minusDays(3), new Place("LA-XE", "0101", null)), registrarOf("LA-XE"))
                .expectException(DistrictOutsideProvince.class)
                .expectNoEvents();
    }

    @Test
    void birthWithoutAGivenNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBirth(PERSON, " ", "Keomany", null, null, Sex.F, TODAY, SEKONG, null, null, null,
                        null), registrarOf("LA-XE"))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void birthWithoutADateOfBirthIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(null, SEKONG), registrarOf("LA-XE"))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void namesAreStoredWithoutSurroundingSpaces() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBirth(PERSON, " ສົມໃຈ ", "ແກ້ວມະນີ ", " ", null, Sex.F, TODAY, SEKONG, MOTHER, null,
                        null, null), registrarOf("LA-XE"))
                .expectEvents(new BirthRegistered(PERSON, "ສົມໃຈ", "ແກ້ວມະນີ", null, null, Sex.F, TODAY, SEKONG,
                        MOTHER, null, null, false, null));
    }

    @Test
    void registrarOfADistrictRegistersBirthsInIt() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(TODAY, SEKONG), registrarOf("1501"))
                .expectEvents(birthRegistered(TODAY, SEKONG, false));
    }

    @Test
    void registrarMayNotRegisterABirthOutsideTheirOffice() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(TODAY, new Place("LA-VT", "0101", null)), registrarOf("1501"))
                .expectException(OutsideJurisdiction.class)
                .expectNoEvents();
    }

    @Test
    void birthEnteredInAKnownFamilyBook() {
        lookups.book(BOOK, "1501", "15-0001");

        fixture.givenNoPriorActivity()
                .when(registerBirthInto(BOOK), registrarOf("LA-XE"))
                .expectEvents(new BirthRegistered(PERSON, "ສົມໃຈ", "ແກ້ວມະນີ", "Somchai", "Keomany", Sex.F, TODAY,
                        SEKONG, MOTHER, null, "Noy Keomany", false, BOOK));
    }

    @Test
    void birthEnteredInAnUnknownFamilyBookIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registerBirthInto(BOOK), registrarOf("LA-XE"))
                .expectException(UnknownFamilyBook.class)
                .expectNoEvents();
    }

    @Test
    void birthEnteredInAFamilyBookOutsideTheOfficeIsRefused() {
        lookups.book(BOOK, "0101", "01-0001");

        fixture.givenNoPriorActivity()
                .when(registerBirthInto(BOOK), registrarOf("LA-XE"))
                .expectException(OutsideJurisdiction.class)
                .expectNoEvents();
    }

    // Correcting a birth record

    @Test
    void correctionChangesTheNamedFields() {
        BirthRecordChanges changes = new BirthRecordChanges(Set.of(BirthRecordField.givenNameLatin,
                BirthRecordField.dateOfBirth), null, null, "Somjai", null, null, BORN.plusDays(1), null, null, null,
                null);

        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new CorrectBirthRecord(PERSON, changes, "Spelling on the hospital certificate", "cert 12"),
                        registrarOf("LA-XE"))
                .expectEvents(new BirthRecordCorrected(PERSON, changes, "Spelling on the hospital certificate",
                        "cert 12"));
    }

    @Test
    void correctionWithoutChangesIsRefused() {
        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new CorrectBirthRecord(PERSON, new BirthRecordChanges(Set.of(), null, null, null, null, null,
                        null, null, null, null, null), "nothing", null), registrarOf("LA-XE"))
                .expectException(NothingToCorrect.class);
    }

    @Test
    void correctionWithoutAReasonIsRefused() {
        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new CorrectBirthRecord(PERSON, givenNameChange("Somjai"), " ", null), registrarOf("LA-XE"))
                .expectException(ReasonRequired.class);
    }

    @Test
    void requiredFieldCannotBeCleared() {
        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new CorrectBirthRecord(PERSON, givenNameChange(null), "typo", null), registrarOf("LA-XE"))
                .expectException(RequiredFieldMissing.class);
    }

    @Test
    void optionalFieldCanBeCleared() {
        BirthRecordChanges clearFather = new BirthRecordChanges(Set.of(BirthRecordField.father), null, null, null,
                null, null, null, null, null, null, null);

        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new CorrectBirthRecord(PERSON, clearFather, "Father entered by mistake", null),
                        registrarOf("LA-XE"))
                .expectEvents(new BirthRecordCorrected(PERSON, clearFather, "Father entered by mistake", null));
    }

    @Test
    void correctedDateOfBirthFollowsTheSameRules() {
        BirthRecordChanges future = new BirthRecordChanges(Set.of(BirthRecordField.dateOfBirth), null, null, null,
                null, null, TODAY.plusDays(2), null, null, null, null);

        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new CorrectBirthRecord(PERSON, future, "typo", null), registrarOf("LA-XE"))
                .expectException(DateInFuture.class);
    }

    @Test
    void dateOfBirthCannotBeMovedAfterTheDeath() {
        BirthRecordChanges afterDeath = new BirthRecordChanges(Set.of(BirthRecordField.dateOfBirth), null, null, null,
                null, null, TODAY.minusDays(1), null, null, null, null);

        fixture.given(birthRegistered(BORN, SEKONG, true),
                        new DeathRegistered(PERSON, TODAY.minusDays(10), SEKONG, null))
                .when(new CorrectBirthRecord(PERSON, afterDeath, "typo", null), registrarOf("LA-XE"))
                .expectException(BirthAfterDeath.class);
    }

    @Test
    void registrarMayNotCorrectARecordOutsideTheirOffice() {
        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new CorrectBirthRecord(PERSON, givenNameChange("ສົມຈິດ"), "typo", null), registrarOf("0101"))
                .expectException(OutsideJurisdiction.class);
    }

    @Test
    void registrarMayNotMoveABirthOutOfTheirOffice() {
        BirthRecordChanges moved = new BirthRecordChanges(Set.of(BirthRecordField.placeOfBirth), null, null, null,
                null, null, null, new Place("LA-VT", "0101", null), null, null, null);

        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new CorrectBirthRecord(PERSON, moved, "wrong province", null), registrarOf("LA-XE"))
                .expectException(OutsideJurisdiction.class);
    }

    // Registering a death

    @Test
    void deathIsRegistered() {
        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new RegisterDeath(PERSON, TODAY.minusDays(2), SEKONG, "malaria"), registrarOf("LA-XE"))
                .expectEvents(new DeathRegistered(PERSON, TODAY.minusDays(2), SEKONG, "malaria"));
    }

    @Test
    void deathOnTheDayOfBirthIsAccepted() {
        fixture.given(birthRegistered(TODAY.minusDays(3), SEKONG, false))
                .when(new RegisterDeath(PERSON, TODAY.minusDays(3), SEKONG, null), registrarOf("LA-XE"))
                .expectEvents(new DeathRegistered(PERSON, TODAY.minusDays(3), SEKONG, null));
    }

    @Test
    void deathBeforeBirthIsRefused() {
        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new RegisterDeath(PERSON, BORN.minusDays(1), SEKONG, null), registrarOf("LA-XE"))
                .expectException(DeathBeforeBirth.class)
                .expectNoEvents();
    }

    @Test
    void deathInTheFutureIsRefused() {
        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new RegisterDeath(PERSON, TODAY.plusDays(1), SEKONG, null), registrarOf("LA-XE"))
                .expectException(DateInFuture.class);
    }

    @Test
    void secondDeathIsRefused() {
        fixture.given(birthRegistered(BORN, SEKONG, true), new DeathRegistered(PERSON, TODAY.minusDays(5), SEKONG, null))
                .when(new RegisterDeath(PERSON, TODAY.minusDays(2), SEKONG, null), registrarOf("LA-XE"))
                .expectException(AlreadyDeceased.class)
                .expectNoEvents();
    }

    @Test
    void deathOutsideTheOfficeIsRefused() {
        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new RegisterDeath(PERSON, TODAY.minusDays(2), new Place("LA-VT", "0101", null), null),
                        registrarOf("LA-XE"))
                .expectException(OutsideJurisdiction.class);
    }

    @Test
    void deathPlaceMustBeInLaos() {
        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new RegisterDeath(PERSON, TODAY.minusDays(2), new Place("LA-XX", null, null), null),
                        registrarOf("LA-XE"))
                .expectException(UnknownProvince.class);
    }

    // Changes based on a version of the record

    @Test
    void correctionBasedOnTheCurrentVersionIsRecorded() {
        fixture.given(birthRegistered(BORN, SEKONG, true), new DeathRegistered(PERSON, TODAY, SEKONG, null))
                .when(new CorrectBirthRecord(PERSON, givenNameChange("Somjai"), "typo", null, 1L),
                        registrarOf("LA-XE"))
                .expectEvents(new BirthRecordCorrected(PERSON, givenNameChange("Somjai"), "typo", null));
    }

    @Test
    void correctionBasedOnAnEarlierVersionIsRefused() {
        fixture.given(birthRegistered(BORN, SEKONG, true), new DeathRegistered(PERSON, TODAY, SEKONG, null))
                .when(new CorrectBirthRecord(PERSON, givenNameChange("Somjai"), "typo", null, 0L),
                        registrarOf("LA-XE"))
                .expectException(RecordChangedSince.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("version 0"))
                .expectNoEvents();
    }

    @Test
    void deathBasedOnTheCurrentVersionIsRecorded() {
        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new RegisterDeath(PERSON, TODAY, SEKONG, null, 0L), registrarOf("LA-XE"))
                .expectEvents(new DeathRegistered(PERSON, TODAY, SEKONG, null));
    }

    @Test
    void deathBasedOnAnEarlierVersionIsRefused() {
        fixture.given(birthRegistered(BORN, SEKONG, true),
                        new BirthRecordCorrected(PERSON, givenNameChange("Somjai"), "typo", null))
                .when(new RegisterDeath(PERSON, TODAY, SEKONG, null, 0L), registrarOf("LA-XE"))
                .expectException(RecordChangedSince.class)
                .expectNoEvents();
    }

    // Reviewing a possible duplicate

    @Test
    void flaggedPairIsReviewedAsTwoPersons() {
        lookups.person(EARLIER, BORN, null);
        flags.flag(EARLIER, PERSON);

        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(review(EARLIER, DuplicateDecision.NOT_SAME_PERSON, null), registrarOf("LA-XE"))
                .expectEvents(new DuplicateBirthReviewed(PERSON, EARLIER, DuplicateDecision.NOT_SAME_PERSON,
                        "different fathers", EARLIER, PERSON));
    }

    @Test
    void flaggedPairIsReviewedAsOnePersonWhicheverRecordTheReviewIsSentTo() {
        lookups.person(LATER, BORN, null);
        flags.flag(PERSON, LATER);

        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(review(LATER, DuplicateDecision.SAME_PERSON, null), registrarOf("1501"))
                .expectEvents(new DuplicateBirthReviewed(PERSON, LATER, DuplicateDecision.SAME_PERSON,
                        "different fathers", PERSON, LATER));
    }

    @Test
    void pairNoFlagLinksIsNotReviewed() {
        lookups.person(EARLIER, BORN, null);

        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(review(EARLIER, DuplicateDecision.SAME_PERSON, null), registrarOf("LA-XE"))
                .expectException(NoOpenDuplicateFlag.class)
                .expectNoEvents();
    }

    @Test
    void pairIsReviewedOnce() {
        lookups.person(EARLIER, BORN, null);
        flags.flag(EARLIER, PERSON);

        fixture.given(birthRegistered(BORN, SEKONG, true), new DuplicateBirthReviewed(PERSON, EARLIER,
                        DuplicateDecision.NOT_SAME_PERSON, "different fathers", EARLIER, PERSON))
                .when(review(EARLIER, DuplicateDecision.SAME_PERSON, null), registrarOf("LA-XE"))
                .expectException(NoOpenDuplicateFlag.class)
                .expectNoEvents();
    }

    @Test
    void reviewNeedsAReason() {
        lookups.person(EARLIER, BORN, null);
        flags.flag(EARLIER, PERSON);

        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(new ReviewDuplicateBirth(PERSON, EARLIER, DuplicateDecision.SAME_PERSON, " ", null),
                        registrarOf("LA-XE"))
                .expectException(ReasonRequired.class)
                .expectNoEvents();
    }

    @Test
    void reviewOfABirthUnknownToTheRegisterIsRefused() {
        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(review(EARLIER, DuplicateDecision.SAME_PERSON, null), registrarOf("LA-XE"))
                .expectException(UnknownPerson.class)
                .expectNoEvents();
    }

    @Test
    void registrarReviewsOnlyPairsWhollyInTheirJurisdiction() {
        lookups.persons.put(EARLIER, new CivilLookups.PersonFacts(BORN, "LA-VT", "0101", null));
        flags.flag(EARLIER, PERSON);

        fixture.given(birthRegistered(BORN, SEKONG, true))
                .when(review(EARLIER, DuplicateDecision.SAME_PERSON, null), registrarOf("LA-XE"))
                .expectException(OutsideJurisdiction.class)
                .expectNoEvents();
    }

    @Test
    void reviewBasedOnAnEarlierVersionIsRefused() {
        lookups.person(EARLIER, BORN, null);
        flags.flag(EARLIER, PERSON);

        fixture.given(birthRegistered(BORN, SEKONG, true),
                        new BirthRecordCorrected(PERSON, givenNameChange("Somjai"), "typo", null))
                .when(review(EARLIER, DuplicateDecision.SAME_PERSON, 0L), registrarOf("LA-XE"))
                .expectException(RecordChangedSince.class)
                .expectNoEvents();
    }

    private static ReviewDuplicateBirth review(PersonId other, DuplicateDecision decision, Long expectedVersion) {
        return new ReviewDuplicateBirth(PERSON, other, decision, " different fathers ", expectedVersion);
    }

    /** Open CIV-POSSIBLE-DUPLICATE flags, as the flags projection would hold them. */
    private static final class FlaggedPairs implements DuplicateBirthFlags {

        private final java.util.List<FlaggedPair> open = new java.util.ArrayList<>();

        void flag(PersonId earlier, PersonId later) {
            open.add(new FlaggedPair(earlier, later));
        }

        @Override
        public java.util.Optional<FlaggedPair> openBetween(PersonId one, PersonId other) {
            return open.stream().filter(pair -> Set.of(pair.earlier(), pair.later()).equals(Set.of(one, other)))
                    .findFirst();
        }
    }

    private static BirthRecordChanges givenNameChange(String givenName) {
        return new BirthRecordChanges(Set.of(BirthRecordField.givenName), givenName, null, null, null, null, null,
                null, null, null, null);
    }

    private static RegisterBirth registerBirth(LocalDate dateOfBirth, Place place) {
        return new RegisterBirth(PERSON, "ສົມໃຈ", "ແກ້ວມະນີ", "Somchai", "Keomany", Sex.F, dateOfBirth, place, MOTHER,
                null, "Noy Keomany", null);
    }

    private static RegisterBirth registerBirthInto(FamilyBookId book) {
        return new RegisterBirth(PERSON, "ສົມໃຈ", "ແກ້ວມະນີ", "Somchai", "Keomany", Sex.F, TODAY, SEKONG, MOTHER,
                null, "Noy Keomany", book);
    }

    private static BirthRegistered birthRegistered(LocalDate dateOfBirth, Place place, boolean late) {
        return new BirthRegistered(PERSON, "ສົມໃຈ", "ແກ້ວມະນີ", "Somchai", "Keomany", Sex.F, dateOfBirth, place, MOTHER,
                null, "Noy Keomany", late, null);
    }
}
