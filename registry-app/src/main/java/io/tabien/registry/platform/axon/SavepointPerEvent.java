package io.tabien.registry.platform.axon;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A processor handles a batch of events in one transaction. In PostgreSQL a failed statement aborts the whole
 * transaction: the next events, the dead letter and the token could then not be written, and the batch would be
 * retried for ever. So each event handler of a parked processing group runs inside a savepoint of the batch's
 * transaction (a nested transaction on the transaction manager Axon's transactions go through): when it fails,
 * its own writes are undone, the event is parked, and the rest of the batch commits.
 */
final class SavepointPerEvent implements HandlerEnhancerDefinition {

    private static final TransactionDefinition SAVEPOINT =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final ParkedProcessingGroups parkedGroups;
    private final PlatformTransactionManager transactions;

    SavepointPerEvent(ParkedProcessingGroups parkedGroups, PlatformTransactionManager transactions) {
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
}
