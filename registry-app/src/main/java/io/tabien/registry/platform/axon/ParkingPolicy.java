package io.tabien.registry.platform.axon;

import io.tabien.registry.platform.database.DatabaseOutage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every event a processing group fails to handle is parked, first when it fails and again after each retry that
 * fails, with its cause stripped of the values it quotes and the number of attempts so far. A database that cannot be
 * reached is not the event's fault: the failure is passed on, so the processor retries its batch once the database is
 * back instead of parking an event that would have been handled. Nor is a batch handled without savepoints
 * ({@link SavepointsOnRetry}) parked: it is handled again, event by event.
 */
public final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    private static final String ATTEMPTS = "attempts";

    private static final Logger log = LoggerFactory.getLogger(ParkingPolicy.class);

    private final String processingGroup;

    ParkingPolicy(String processingGroup) {
        this.processingGroup = processingGroup;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable failure) {
        if (failure instanceof SavepointsOnRetry.BatchHandledAgainEventByEvent || DatabaseOutage.causedBy(failure)) {
            throw failure instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(failure);
        }
        ThrowableCause cause = ParkedCause.of(failure);
        int attempts = attempts(letter.diagnostics()) + 1;
        log.warn("{} parked event {} after {} attempt(s): {}: {}", processingGroup, letter.message().getIdentifier(),
                attempts, cause.type(), cause.message());
        return Decisions.enqueue(cause, parked -> parked.diagnostics().and(ATTEMPTS, attempts));
    }

    /** How often handling the parked event failed, as kept in its diagnostics; 0 for one queued behind another. */
    public static int attempts(MetaData diagnostics) {
        return diagnostics.get(ATTEMPTS) instanceof Number number ? number.intValue() : 0;
    }
}
