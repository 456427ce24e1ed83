package io.tabien.registry.platform.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParkingPolicyTest {

    private final ParkingPolicy policy = new ParkingPolicy("person-registry");
    private final EventMessage<?> event = GenericEventMessage.asEventMessage("a birth");

    @Test
    void anEventItsHandlerRefusedIsParkedWithItsFirstAttempt() {
        DataIntegrityViolationException refusal = new DataIntegrityViolationException("insert",
                new SQLException("ERROR: value too long for type character varying(200)", "22001"));

        EnqueueDecision<EventMessage<?>> decision = policy.decide(new GenericDeadLetter<>("person", event), refusal);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(ParkingPolicy.attempts(decision.withDiagnostics(new GenericDeadLetter<>("person", event))
                .diagnostics())).isEqualTo(1);
    }

    @Test
    void anEventMetByADatabaseThatCannotBeReachedIsNotParkedButHandedBackForTheProcessorToRetry() {
        CannotCreateTransactionException outage = new CannotCreateTransactionException("no connection",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>("person", event), outage)).isSameAs(outage);
    }
}
