package io.tabien.registry.platform.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Positions of events read on the store's shared reader, known to the processors' threads that handle them. */
class EventPositionsTest {

    /** No database: a position that has to be looked up fails for want of one. */
    private final JdbcTemplate noDatabase = new JdbcTemplate();

    @Test
    void aPositionReadOnAnotherThreadIsKnownWithoutAQuery() throws InterruptedException {
        String event = UUID.randomUUID().toString();

        onAnotherThread(() -> EventPositions.read(event, 42));

        assertThat(EventPositions.of(noDatabase, message(event))).isEqualTo(42);
    }

    @Test
    void aPositionReadOnAnotherThreadBeforeTwentyThousandOthersIsLookedUp() throws InterruptedException {
        String event = UUID.randomUUID().toString();

        onAnotherThread(() -> {
            EventPositions.read(event, 7);
            readOthers(20_000);
        });

        assertThatThrownBy(() -> EventPositions.of(noDatabase, message(event)))
                .as("looked up in the store").hasMessageContaining("No DataSource");
    }

    @Test
    void anEventReadAgainIsRememberedFromItsLaterRead() throws InterruptedException {
        String event = UUID.randomUUID().toString();

        onAnotherThread(() -> {
            EventPositions.read(event, 9);
            readOthers(10_000);
            // Another processor reading the same event for itself, behind the first.
            EventPositions.read(event, 9);
            readOthers(9_999);
        });

        assertThat(EventPositions.of(noDatabase, message(event))).isEqualTo(9);
    }

    private static void readOthers(int count) {
        for (int i = 0; i < count; i++) {
            EventPositions.read(UUID.randomUUID().toString(), 100 + i);
        }
    }

    private static EventMessage<?> message(String identifier) {
        return new GenericEventMessage<>(identifier, "payload", Map.of(), Instant.now());
    }

    private static void onAnotherThread(Runnable reading) throws InterruptedException {
        Thread reader = new Thread(reading);
        reader.start();
        reader.join();
    }
}
