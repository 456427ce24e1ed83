package io.tabien.registry.platform.axon;

import io.tabien.registry.platform.database.DatabaseOutage;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A processor handles a batch of events in one transaction. In PostgreSQL a failed statement aborts the whole
 * transaction: the next events, the dead letter and the token could then not be written. An event that fails must be
 * parked for its processing group alone, with the rest of the batch written, so its handlers' writes must be undone
 * by themselves: inside a savepoint of the batch's transaction (a nested transaction on the transaction manager Axon's
 * transactions go through).
 * <p>
 * A savepoint per handler and event costs two round trips and a subtransaction each, and almost every batch succeeds.
 * So a batch is first handled without savepoints. When a handler of a parked group fails, the batch is given up
 * ({@link BatchHandledAgainEventByEvent}: the processor rolls it back, token included, and reads it again) and its
 * events are noted; handled again, each of their handlers runs in a savepoint, and the one that fails is parked.
 * A batch handled without savepoints keeps its handlers' history rows until it ends ({@link RowsAtBatchEnd}); if
 * they cannot be written, the batch too is handled again, event by event.
 */
final class SavepointsOnRetry implements HandlerEnhancerDefinition {

    private static final TransactionDefinition SAVEPOINT =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
    private static final String FORGETS_ON_COMMIT = SavepointsOnRetry.class.getName() + ".forgetsOnCommit";
    /** Events of batches that failed and were never read again (a reset came between) are not kept for ever. */
    private static final int MOST_REMEMBERED = 100_000;

    private final ParkedProcessingGroups parkedGroups;
    private final PlatformTransactionManager transactions;
    private final Set<String> handledEventByEvent = ConcurrentHashMap.newKeySet();

    SavepointsOnRetry(ParkedProcessingGroups parkedGroups, PlatformTransactionManager transactions) {
        this.parkedGroups = parkedGroups;
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(original.declaringClass(),
                ProcessingGroup.class);
        if (group == null || !parkedGroups.contains(group.value())
                || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    // Called outside a processor's transaction: there is no batch to protect.
                    return super.handle(message, target);
                }
                BatchingUnitOfWork<?> batch = batchOf();
                if (batch != null && !handledEventByEvent.contains(message.getIdentifier())) {
                    keepRowsUntilTheEnd(batch);
                    try {
                        return super.handle(message, target);
                    } catch (Exception failure) {
                        if (DatabaseOutage.causedBy(failure)) {
                            // Not the event's fault: the batch is retried as it is once the database is back.
                            throw failure;
                        }
                        remember(batch.getMessages());
                        throw new BatchHandledAgainEventByEvent(group.value() + " failed to handle an event", failure);
                    }
                }
                if (batch != null) {
                    forgetOnCommit(batch);
                }
                TransactionStatus savepoint = transactions.getTransaction(SAVEPOINT);
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Throwable failure) {
                    transactions.rollback(savepoint);
                    throw failure;
                }
                transactions.commit(savepoint);
                return result;
            }
        };
    }

    /** The batch a streaming processor handles now; none while a parked event is retried on its own. */
    private static BatchingUnitOfWork<?> batchOf() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch
                ? batch : null;
    }

    private void remember(List<? extends Message<?>> batch) {
        if (handledEventByEvent.size() > MOST_REMEMBERED) {
            handledEventByEvent.clear();
        }
        batch.forEach(event -> handledEventByEvent.add(event.getIdentifier()));
    }

    private void keepRowsUntilTheEnd(BatchingUnitOfWork<?> batch) {
        batch.getOrComputeResource(RowsAtBatchEnd.RESOURCE, key -> {
            RowsAtBatchEnd rows = new RowsAtBatchEnd();
            batch.onPrepareCommit(ending -> {
                try {
                    rows.write();
                } catch (RuntimeException failure) {
                    if (DatabaseOutage.causedBy(failure)) {
                        throw failure;
                    }
                    remember(batch.getMessages());
                    throw new BatchHandledAgainEventByEvent(
                            "the history rows kept to the batch's end could not be written", failure);
                }
            });
            return rows;
        });
    }

    /** Once the batch handled event by event has committed, its events are handled as any others again. */
    private void forgetOnCommit(BatchingUnitOfWork<?> batch) {
        batch.getOrComputeResource(FORGETS_ON_COMMIT, key -> {
            List<String> events = batch.getMessages().stream().map(Message::getIdentifier).toList();
            batch.afterCommit(committed -> events.forEach(handledEventByEvent::remove));
            return Boolean.TRUE;
        });
    }

    /**
     * Gives up a batch handled without savepoints in which something failed (a handler, or the rows kept to its end),
     * to have it handled again event by event. It names the failure's type only: the processor logs it, and a
     * failure's message may quote the event's values.
     */
    static final class BatchHandledAgainEventByEvent extends RuntimeException {

        BatchHandledAgainEventByEvent(String what, Exception failure) {
            super(what + " (" + failure.getClass().getSimpleName()
                    + "); the batch is handled again, event by event", null, false, false);
        }
    }
}
