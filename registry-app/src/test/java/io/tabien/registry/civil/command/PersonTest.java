package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.ParentReference;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.RegisterBirth;
import io.tabien.contracts.civil.Sex;
import io.tabien.registry.platform.reference.Provinces;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

class PersonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final PersonId PERSON = PersonId.of("6f1c8a52-1d9e-4a7b-9a53-0c4c2a7e9b11");
    private static final Place SEKONG = new Place("LA-XE", "1501", "Ban Phon");
    private static final ParentReference MOTHER = new ParentReference(null, "Noy Keomany");

    private FixtureConfiguration<Person> fixture;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Vientiane"));
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerInjectableResource(
                new BirthRegistrationPolicy(clock, Provinces.of(Set.of("LA-XE", "LA-VT")), 30));
    }

    @Test
    void birthRegisteredWithinThirtyDaysIsOnTime() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(TODAY.minusDays(30), SEKONG))
                .expectSuccessfulHandlerExecution()
                .expectEvents(birthRegistered(TODAY.minusDays(30), false));
    }

    @Test
    void birthRegisteredMoreThanThirtyDaysLaterIsMarkedLate() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(TODAY.minusDays(31), SEKONG))
                .expectEvents(birthRegistered(TODAY.minusDays(31), true));
    }

    @Test
    void birthOnTheDayOfRegistrationIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(TODAY, SEKONG))
                .expectEvents(birthRegistered(TODAY, false));
    }

    @Test
    void dateOfBirthInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(TODAY.plusDays(1), SEKONG))
                .expectException(DateOfBirthInFuture.class)
                .expectNoEvents();
    }

    @Test
    void birthOnTheFirstDayOf1900IsAccepted() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(LocalDate.of(1900, 1, 1), SEKONG))
                .expectEvents(birthRegistered(LocalDate.of(1900, 1, 1), true));
    }

    @Test
    void dateOfBirthBefore1900IsRefused() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(LocalDate.of(1899, 12, 31), SEKONG))
                .expectException(DateOfBirthTooEarly.class)
                .expectNoEvents();
    }

    @Test
    void placeOfBirthOutsideTheProvincesOfLaosIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(TODAY.minusDays(3), new Place("TH-10", null, null)))
                .expectException(UnknownProvince.class)
                .expectExceptionMessage("Not one of the 18 province codes of Laos (ISO 3166-2:LA, such as LA-VT or LA-XE).")
                .expectNoEvents();
    }

    @Test
    void birthWithoutAGivenNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBirth(PERSON, " ", "Keomany", null, null, Sex.F, TODAY, SEKONG, null, null, null))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void birthWithoutADateOfBirthIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registerBirth(null, SEKONG))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void namesAreStoredWithoutSurroundingSpaces() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBirth(PERSON, " ສົມໃຈ ", "ແກ້ວມະນີ ", " ", null, Sex.F, TODAY, SEKONG, MOTHER, null,
                        null))
                .expectEvents(new BirthRegistered(PERSON, "ສົມໃຈ", "ແກ້ວມະນີ", null, null, Sex.F, TODAY, SEKONG,
                        MOTHER, null, null, false));
    }

    private static RegisterBirth registerBirth(LocalDate dateOfBirth, Place place) {
        return new RegisterBirth(PERSON, "ສົມໃຈ", "ແກ້ວມະນີ", "Somchai", "Keomany", Sex.F, dateOfBirth, place, MOTHER,
                null, "Noy Keomany");
    }

    private static BirthRegistered birthRegistered(LocalDate dateOfBirth, boolean late) {
        return new BirthRegistered(PERSON, "ສົມໃຈ", "ແກ້ວມະນີ", "Somchai", "Keomany", Sex.F, dateOfBirth, SEKONG, MOTHER,
                null, "Noy Keomany", late);
    }
}
