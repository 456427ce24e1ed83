package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.AddFamilyMember;
import io.tabien.contracts.civil.ChangeHeadOfHousehold;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.FamilyBookIssued;
import io.tabien.contracts.civil.FamilyBookReplaced;
import io.tabien.contracts.civil.FamilyMemberAdded;
import io.tabien.contracts.civil.FamilyMemberRemoved;
import io.tabien.contracts.civil.HeadOfHouseholdChanged;
import io.tabien.contracts.civil.IssueFamilyBook;
import io.tabien.contracts.civil.MembershipReason;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Relationship;
import io.tabien.contracts.civil.RemovalReason;
import io.tabien.contracts.civil.RemoveFamilyMember;
import io.tabien.contracts.civil.ReplaceFamilyBook;
import io.tabien.contracts.civil.ReplacementReason;
import io.tabien.registry.platform.errors.DateInFuture;
import io.tabien.registry.platform.errors.PersonDeceased;
import io.tabien.registry.platform.errors.RequiredFieldMissing;
import io.tabien.registry.platform.errors.UnknownPerson;
import io.tabien.registry.platform.errors.RecordChangedSince;
import io.tabien.registry.platform.reference.UnknownDistrict;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.tabien.registry.civil.command.CivilFixtures.TODAY;
import static io.tabien.registry.civil.command.CivilFixtures.registrarOf;
import static io.tabien.registry.civil.command.CivilFixtures.system;

class FamilyBookTest {

    private static final FamilyBookId BOOK = FamilyBookId.of("0b7e3b47-35a8-4f57-8f3e-0f8b6d8f2a10");
    private static final FamilyBookId OTHER_BOOK = FamilyBookId.of("a3d1c0f2-9b7e-4c55-8a11-2f6e0d9c4b21");
    private static final PersonId HEAD = PersonId.of("11111111-1111-4111-8111-111111111111");
    private static final PersonId SPOUSE = PersonId.of("22222222-2222-4222-8222-222222222222");
    private static final PersonId CHILD = PersonId.of("33333333-3333-4333-8333-333333333333");
    private static final Place ADDRESS = new Place("LA-XE", "1501", "Ban Phon");
    private static final LocalDate ISSUED = TODAY.minusYears(1);
    private static final FamilyBookIssued ISSUED_EVENT = new FamilyBookIssued(BOOK, "15-0042", ADDRESS, HEAD, ISSUED);

    private FixtureConfiguration<FamilyBook> fixture;
    private CivilFixtures.InMemoryLookups lookups;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FamilyBook.class);
        lookups = new CivilFixtures.InMemoryLookups()
                .person(HEAD, TODAY.minusYears(40), null)
                .person(SPOUSE, TODAY.minusYears(38), null)
                .person(CHILD, TODAY.minusYears(2), null);
        fixture.registerInjectableResource(CivilFixtures.policy());
        fixture.registerInjectableResource(lookups);
    }

    // Issuing

    @Test
    void bookIsIssuedToALivingHead() {
        fixture.givenNoPriorActivity()
                .when(new IssueFamilyBook(BOOK, " 15-0042 ", ADDRESS, HEAD, ISSUED), registrarOf("LA-XE"))
                .expectEvents(ISSUED_EVENT);
    }

    @Test
    void issueDateDefaultsToToday() {
        fixture.givenNoPriorActivity()
                .when(new IssueFamilyBook(BOOK, "15-0042", ADDRESS, HEAD, null), registrarOf("1501"))
                .expectEvents(new FamilyBookIssued(BOOK, "15-0042", ADDRESS, HEAD, TODAY));
    }

    @Test
    void bookNumberUsedInTheDistrictIsRefused() {
        lookups.book(OTHER_BOOK, "1501", "15-0042");

        fixture.givenNoPriorActivity()
                .when(new IssueFamilyBook(BOOK, "15-0042", ADDRESS, HEAD, ISSUED), registrarOf("LA-XE"))
                .expectException(FamilyBookNumberTaken.class)
                .expectNoEvents();
    }

    @Test
    void sameNumberInAnotherDistrictIsAccepted() {
        lookups.book(OTHER_BOOK, "1502", "15-0042");

        fixture.givenNoPriorActivity()
                .when(new IssueFamilyBook(BOOK, "15-0042", ADDRESS, HEAD, ISSUED), registrarOf("LA-XE"))
                .expectEvents(ISSUED_EVENT);
    }

    @Test
    void unknownHeadIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new IssueFamilyBook(BOOK, "15-0042", ADDRESS, PersonId.random(), ISSUED), registrarOf("LA-XE"))
                .expectException(UnknownPerson.class);
    }

    @Test
    void deceasedHeadIsRefused() {
        lookups.person(HEAD, TODAY.minusYears(40), TODAY.minusDays(3));

        fixture.givenNoPriorActivity()
                .when(new IssueFamilyBook(BOOK, "15-0042", ADDRESS, HEAD, ISSUED), registrarOf("LA-XE"))
                .expectException(PersonDeceased.class);
    }

    @Test
    void headAlreadyInAnotherHouseholdIsRefused() {
        lookups.household(HEAD, OTHER_BOOK);

        fixture.givenNoPriorActivity()
                .when(new IssueFamilyBook(BOOK, "15-0042", ADDRESS, HEAD, ISSUED), registrarOf("LA-XE"))
                .expectException(AlreadyInAnotherHousehold.class)
                .expectExceptionMessage("This person is an active member of family book " + OTHER_BOOK
                        + "; remove them there first.");
    }

    @Test
    void bookNeedsAKnownDistrict() {
        fixture.givenNoPriorActivity()
                .when(new IssueFamilyBook(BOOK, "15-0042", new Place("LA-XE", "1599", null), HEAD, ISSUED),
                        registrarOf("LA-XE"))
                .expectException(UnknownDistrict.class);
    }

    @Test
    void bookNeedsADistrict() {
        fixture.givenNoPriorActivity()
                .when(new IssueFamilyBook(BOOK, "15-0042", new Place("LA-XE", null, null), HEAD, ISSUED),
                        registrarOf("LA-XE"))
                .expectException(RequiredFieldMissing.class);
    }

    @Test
    void bookOutsideTheOfficeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new IssueFamilyBook(BOOK, "15-0042", ADDRESS, HEAD, ISSUED), registrarOf("1502"))
                .expectException(OutsideJurisdiction.class);
    }

    @Test
    void issueDateInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new IssueFamilyBook(BOOK, "15-0042", ADDRESS, HEAD, TODAY.plusDays(1)), registrarOf("LA-XE"))
                .expectException(DateInFuture.class);
    }

    // Members

    @Test
    void livingPersonIsAdded() {
        fixture.given(ISSUED_EVENT)
                .when(addSpouse(TODAY.minusDays(10)), registrarOf("LA-XE"))
                .expectEvents(new FamilyMemberAdded(BOOK, SPOUSE, Relationship.SPOUSE, MembershipReason.MARRIAGE,
                        TODAY.minusDays(10)));
    }

    @Test
    void memberOfAnotherHouseholdIsRefused() {
        lookups.household(SPOUSE, OTHER_BOOK);

        fixture.given(ISSUED_EVENT)
                .when(addSpouse(TODAY), registrarOf("LA-XE"))
                .expectException(AlreadyInAnotherHousehold.class)
                .expectNoEvents();
    }

    @Test
    void personAlreadyInThisBookIsRefused() {
        fixture.given(ISSUED_EVENT, spouseAdded())
                .when(addSpouse(TODAY), registrarOf("LA-XE"))
                .expectException(AlreadyAMember.class);
    }

    @Test
    void deceasedPersonIsNotAdded() {
        lookups.person(SPOUSE, TODAY.minusYears(38), TODAY.minusDays(1));

        fixture.given(ISSUED_EVENT)
                .when(addSpouse(TODAY), registrarOf("LA-XE"))
                .expectException(PersonDeceased.class);
    }

    @Test
    void unregisteredPersonIsNotAdded() {
        fixture.given(ISSUED_EVENT)
                .when(new AddFamilyMember(BOOK, PersonId.random(), Relationship.OTHER, MembershipReason.MOVE_IN, TODAY),
                        registrarOf("LA-XE"))
                .expectException(UnknownPerson.class);
    }

    @Test
    void secondHeadIsNotAddedAsAMember() {
        fixture.given(ISSUED_EVENT)
                .when(new AddFamilyMember(BOOK, SPOUSE, Relationship.HEAD, MembershipReason.MOVE_IN, TODAY),
                        registrarOf("LA-XE"))
                .expectException(HeadIsNotAddedAsMember.class);
    }

    @Test
    void membershipCannotStartBeforeBirth() {
        fixture.given(ISSUED_EVENT)
                .when(new AddFamilyMember(BOOK, CHILD, Relationship.CHILD, MembershipReason.BIRTH,
                        TODAY.minusYears(3)), registrarOf("LA-XE"))
                .expectException(EffectiveBeforeBirth.class);
    }

    @Test
    void membershipCannotStartInTheFuture() {
        fixture.given(ISSUED_EVENT)
                .when(addSpouse(TODAY.plusDays(1)), registrarOf("LA-XE"))
                .expectException(DateInFuture.class);
    }

    @Test
    void registrarOfAnotherDistrictMayNotAddMembers() {
        fixture.given(ISSUED_EVENT)
                .when(addSpouse(TODAY), registrarOf("1502"))
                .expectException(OutsideJurisdiction.class);
    }

    @Test
    void memberLeaves() {
        fixture.given(ISSUED_EVENT, spouseAdded())
                .when(new RemoveFamilyMember(BOOK, SPOUSE, RemovalReason.MOVED_OUT, TODAY), registrarOf("LA-XE"))
                .expectEvents(new FamilyMemberRemoved(BOOK, SPOUSE, RemovalReason.MOVED_OUT, TODAY));
    }

    @Test
    void nonMemberCannotLeave() {
        fixture.given(ISSUED_EVENT)
                .when(new RemoveFamilyMember(BOOK, SPOUSE, RemovalReason.MOVED_OUT, TODAY), registrarOf("LA-XE"))
                .expectException(NotAMember.class);
    }

    @Test
    void headLeavesOnlyAfterTheHeadChanges() {
        fixture.given(ISSUED_EVENT, spouseAdded())
                .when(new RemoveFamilyMember(BOOK, HEAD, RemovalReason.MOVED_OUT, TODAY), registrarOf("LA-XE"))
                .expectException(HeadMustBeChangedFirst.class);
    }

    @Test
    void deceasedHeadIsRemovedEvenWithOtherMembers() {
        fixture.given(ISSUED_EVENT, spouseAdded())
                .when(new RemoveFamilyMember(BOOK, HEAD, RemovalReason.DEATH, TODAY), system())
                .expectEvents(new FamilyMemberRemoved(BOOK, HEAD, RemovalReason.DEATH, TODAY));
    }

    @Test
    void soleHeadMayLeave() {
        fixture.given(ISSUED_EVENT)
                .when(new RemoveFamilyMember(BOOK, HEAD, RemovalReason.EMIGRATED, TODAY), registrarOf("LA-XE"))
                .expectEvents(new FamilyMemberRemoved(BOOK, HEAD, RemovalReason.EMIGRATED, TODAY));
    }

    // Head of household

    @Test
    void memberBecomesHead() {
        fixture.given(ISSUED_EVENT, spouseAdded())
                .when(new ChangeHeadOfHousehold(BOOK, SPOUSE), registrarOf("LA-XE"))
                .expectEvents(new HeadOfHouseholdChanged(BOOK, HEAD, SPOUSE));
    }

    @Test
    void headAfterADeathHasNoPredecessor() {
        fixture.given(ISSUED_EVENT, spouseAdded(), new FamilyMemberRemoved(BOOK, HEAD, RemovalReason.DEATH, TODAY))
                .when(new ChangeHeadOfHousehold(BOOK, SPOUSE), registrarOf("LA-XE"))
                .expectEvents(new HeadOfHouseholdChanged(BOOK, null, SPOUSE));
    }

    @Test
    void nonMemberCannotBecomeHead() {
        fixture.given(ISSUED_EVENT)
                .when(new ChangeHeadOfHousehold(BOOK, SPOUSE), registrarOf("LA-XE"))
                .expectException(NotAMemberToLead.class);
    }

    @Test
    void currentHeadIsAlreadyHead() {
        fixture.given(ISSUED_EVENT)
                .when(new ChangeHeadOfHousehold(BOOK, HEAD), registrarOf("LA-XE"))
                .expectException(AlreadyHeadOfHousehold.class);
    }

    // Replacement

    @Test
    void lostBookIsReplacedUnderANewNumber() {
        fixture.given(ISSUED_EVENT)
                .when(new ReplaceFamilyBook(BOOK, "15-0107", ReplacementReason.LOST), registrarOf("LA-XE"))
                .expectEvents(new FamilyBookReplaced(BOOK, "15-0042", "15-0107", ReplacementReason.LOST));
    }

    @Test
    void replacementNeedsANewNumber() {
        fixture.given(ISSUED_EVENT)
                .when(new ReplaceFamilyBook(BOOK, "15-0042", ReplacementReason.DAMAGED), registrarOf("LA-XE"))
                .expectException(SameBookNumber.class);
    }

    @Test
    void replacementNumberUsedInTheDistrictIsRefused() {
        lookups.book(OTHER_BOOK, "1501", "15-0107");

        fixture.given(ISSUED_EVENT)
                .when(new ReplaceFamilyBook(BOOK, "15-0107", ReplacementReason.LOST), registrarOf("LA-XE"))
                .expectException(FamilyBookNumberTaken.class);
    }

    @Test
    void replacementOutsideTheOfficeIsRefused() {
        fixture.given(ISSUED_EVENT)
                .when(new ReplaceFamilyBook(BOOK, "15-0107", ReplacementReason.LOST), registrarOf("0101"))
                .expectException(OutsideJurisdiction.class);
    }

    // Changes based on a version of the book

    @Test
    void memberIsAddedToTheVersionTheChangeWasBasedOn() {
        fixture.given(ISSUED_EVENT)
                .when(new AddFamilyMember(BOOK, SPOUSE, Relationship.SPOUSE, MembershipReason.MARRIAGE, TODAY, 0L),
                        registrarOf("LA-XE"))
                .expectEvents(new FamilyMemberAdded(BOOK, SPOUSE, Relationship.SPOUSE, MembershipReason.MARRIAGE, TODAY));
    }

    @Test
    void memberAddedToAnEarlierVersionIsRefused() {
        fixture.given(ISSUED_EVENT, spouseAdded())
                .when(new AddFamilyMember(BOOK, CHILD, Relationship.CHILD, MembershipReason.BIRTH, TODAY, 0L),
                        registrarOf("LA-XE"))
                .expectException(RecordChangedSince.class)
                .expectNoEvents();
    }

    @Test
    void removalFromAnEarlierVersionIsRefused() {
        fixture.given(ISSUED_EVENT, spouseAdded())
                .when(new RemoveFamilyMember(BOOK, SPOUSE, RemovalReason.MOVED_OUT, TODAY, 0L), registrarOf("LA-XE"))
                .expectException(RecordChangedSince.class)
                .expectNoEvents();
    }

    @Test
    void headChangedOnTheCurrentVersion() {
        fixture.given(ISSUED_EVENT, spouseAdded())
                .when(new ChangeHeadOfHousehold(BOOK, SPOUSE, 1L), registrarOf("LA-XE"))
                .expectEvents(new HeadOfHouseholdChanged(BOOK, HEAD, SPOUSE));
    }

    @Test
    void headChangedOnAnEarlierVersionIsRefused() {
        fixture.given(ISSUED_EVENT, spouseAdded(), new HeadOfHouseholdChanged(BOOK, HEAD, SPOUSE))
                .when(new ChangeHeadOfHousehold(BOOK, HEAD, 1L), registrarOf("LA-XE"))
                .expectException(RecordChangedSince.class)
                .expectNoEvents();
    }

    @Test
    void replacementOfAnEarlierVersionIsRefused() {
        fixture.given(ISSUED_EVENT, new FamilyBookReplaced(BOOK, "15-0042", "15-0107", ReplacementReason.LOST))
                .when(new ReplaceFamilyBook(BOOK, "15-0108", ReplacementReason.LOST, 0L), registrarOf("LA-XE"))
                .expectException(RecordChangedSince.class)
                .expectNoEvents();
    }

    private static AddFamilyMember addSpouse(LocalDate effective) {
        return new AddFamilyMember(BOOK, SPOUSE, Relationship.SPOUSE, MembershipReason.MARRIAGE, effective);
    }

    private static FamilyMemberAdded spouseAdded() {
        return new FamilyMemberAdded(BOOK, SPOUSE, Relationship.SPOUSE, MembershipReason.MARRIAGE, TODAY.minusDays(30));
    }
}
