package io.tabien.registry.deadletters.command;

import io.tabien.contracts.deadletters.DeadLetterResolutionId;
import io.tabien.contracts.deadletters.DeadLettersResolved;
import io.tabien.contracts.deadletters.ParkedEvent;
import io.tabien.contracts.deadletters.ResolveDeadLetters;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

class DeadLetterResolutionTest {

    private static final DeadLetterResolutionId RESOLUTION =
            new DeadLetterResolutionId(UUID.fromString("0b7e3c1a-2f4d-4e5a-9b6c-7d8e9f0a1b2c"));
    private static final String SEQUENCE = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b";
    private static final List<ParkedEvent> PARKED = List.of(
            new ParkedEvent("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", 4211, "BirthRegistered"),
            new ParkedEvent("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", 4305, "DeathRegistered"));

    private FixtureConfiguration<DeadLetterResolution> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DeadLetterResolution.class);
    }

    @Test
    void parkedEventsWithAReasonAreResolved() {
        fixture.givenNoPriorActivity()
                .when(new ResolveDeadLetters(RESOLUTION, "person-registry", SEQUENCE, PARKED,
                        " Registered twice; the other registration stands. "))
                .expectEvents(new DeadLettersResolved(RESOLUTION, "person-registry", SEQUENCE, PARKED,
                        "Registered twice; the other registration stands."));
    }

    @Test
    void aResolutionWithoutAReasonIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ResolveDeadLetters(RESOLUTION, "person-registry", SEQUENCE, PARKED, " "))
                .expectException(ResolutionIncomplete.class)
                .expectNoEvents();
    }

    @Test
    void aResolutionOfNothingIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ResolveDeadLetters(RESOLUTION, "person-registry", SEQUENCE, List.of(), "Registered twice."))
                .expectException(ResolutionIncomplete.class)
                .expectNoEvents();
    }

    @Test
    void aResolutionMustNameItsProcessingGroupAndSequence() {
        fixture.givenNoPriorActivity()
                .when(new ResolveDeadLetters(RESOLUTION, null, SEQUENCE, PARKED, "Registered twice."))
                .expectException(ResolutionIncomplete.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ResolveDeadLetters(RESOLUTION, "person-registry", "", PARKED, "Registered twice."))
                .expectException(ResolutionIncomplete.class)
                .expectNoEvents();
    }
}
