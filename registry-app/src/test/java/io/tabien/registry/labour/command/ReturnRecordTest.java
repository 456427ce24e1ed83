package io.tabien.registry.labour.command;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.labour.RegisterReturn;
import io.tabien.contracts.labour.ReturnRecordId;
import io.tabien.contracts.labour.ReturnRegistered;
import io.tabien.registry.civil.CivilRecords;
import io.tabien.registry.platform.errors.DateInFuture;
import io.tabien.registry.platform.errors.RequiredFieldMissing;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

class ReturnRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final ReturnRecordId RETURN =
            new ReturnRecordId(UUID.fromString("d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6"));
    private static final PersonId PERSON = PersonId.of("33333333-3333-4333-8333-333333333333");
    private static final LocalDate RETURNED = LocalDate.of(2026, 2, 20);

    private FixtureConfiguration<ReturnRecord> fixture;
    private final Map<PersonId, CivilRecords.CivilRecord> civil = new HashMap<>();

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Vientiane"));
        CivilRecords records = person -> Optional.ofNullable(civil.get(person));
        fixture = new AggregateTestFixture<>(ReturnRecord.class);
        fixture.registerInjectableResource(new LabourPolicy(clock, records));
    }

    @Test
    void returnOfAPersonWithoutACivilRecordIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterReturn(RETURN, PERSON, RETURNED, " Wang Tao ", "TH", true))
                .expectEvents(new ReturnRegistered(RETURN, PERSON, RETURNED, "Wang Tao", "TH", true));
    }

    @Test
    void returnOnTheSameDayIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterReturn(RETURN, PERSON, TODAY, "Friendship Bridge I", "MY", false))
                .expectEvents(new ReturnRegistered(RETURN, PERSON, TODAY, "Friendship Bridge I", "MY", false));
    }

    @Test
    void returnFromLaosIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterReturn(RETURN, PERSON, RETURNED, "Wang Tao", "LA", true))
                .expectException(DestinationIsLaos.class)
                .expectNoEvents();
    }

    @Test
    void returnFromAnUnknownCountryIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterReturn(RETURN, PERSON, RETURNED, "Wang Tao", "XX", true))
                .expectException(UnknownCountry.class)
                .expectNoEvents();
    }

    @Test
    void returnInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterReturn(RETURN, PERSON, TODAY.plusDays(1), "Wang Tao", "TH", true))
                .expectException(DateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void returnWithoutADateIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterReturn(RETURN, PERSON, null, "Wang Tao", "TH", true))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void returnWithoutACheckpointIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterReturn(RETURN, PERSON, RETURNED, "  ", "TH", true))
                .expectException(RequiredFieldMissing.class)
                .expectExceptionMessage("The record needs checkpoint.")
                .expectNoEvents();
    }

    @Test
    void returnWithoutAPersonIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterReturn(RETURN, null, RETURNED, "Wang Tao", "TH", true))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }
}
