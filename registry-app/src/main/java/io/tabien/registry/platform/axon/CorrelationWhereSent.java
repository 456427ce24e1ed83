package io.tabien.registry.platform.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Map;

/**
 * Correlation data (who, where, which command and request) is what a message sent while handling another inherits
 * from it. Axon gathers it for every event a processor handles, to put on the result it makes of each handler's
 * return value, which a processor drops; gathering it decodes the event's metadata and copies it, a tenth of a
 * rebuild's CPU. Processors whose handlers send nothing (the read models, the chain and the lookups, which run within
 * a command's handling in a unit of work of their own; not the process steps, which send commands) mark their unit of
 * work, and in it the registry's providers gather nothing. The process steps' processor marks it too, but for the time its handlers run:
 * the commands they send carry the event's data, the results Axon makes of them nothing. A command sent from a marked
 * unit of work would carry no actor and be refused, not recorded without one.
 */
final class CorrelationWhereSent {

    private static final String SENDS_NOTHING = CorrelationWhereSent.class.getName() + ".sendsNothing";

    private CorrelationWhereSent() {
    }

    /**
     * How the processor marks its units of work: the read models, the chain and the lookups always, the process
     * steps but while their handlers run.
     */
    static MessageHandlerInterceptor<EventMessage<?>> markFor(String processorName) {
        return ProcessorAssignment.sendsNothing(processorName) ? sendsNothing() : sendsOnlyWhileHandling();
    }

    /** Marks the unit of work of a processor whose handlers send nothing. */
    static MessageHandlerInterceptor<EventMessage<?>> sendsNothing() {
        return new MessageHandlerInterceptor<>() {
            @Override
            public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                                 InterceptorChain interceptorChain) throws Exception {
                unitOfWork.resources().putIfAbsent(SENDS_NOTHING, Boolean.TRUE);
                return interceptorChain.proceed();
            }
        };
    }

    /**
     * Marks the unit of work of a processor whose handlers send, but for the time they handle each event: Axon makes
     * the result of the handlers of an event after they return, outside its interceptors, and drops it.
     */
    static MessageHandlerInterceptor<EventMessage<?>> sendsOnlyWhileHandling() {
        return new MessageHandlerInterceptor<>() {
            @Override
            public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                                 InterceptorChain interceptorChain) throws Exception {
                unitOfWork.resources().remove(SENDS_NOTHING);
                try {
                    return interceptorChain.proceed();
                } finally {
                    unitOfWork.resources().put(SENDS_NOTHING, Boolean.TRUE);
                }
            }
        };
    }

    /** The provider, gathering nothing in a unit of work marked as sending nothing. */
    static CorrelationDataProvider whereSent(CorrelationDataProvider provider) {
        return new CorrelationDataProvider() {
            @Override
            public Map<String, ?> correlationDataFor(Message<?> message) {
                if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().resources().containsKey(SENDS_NOTHING)) {
                    return Map.of();
                }
                return provider.correlationDataFor(message);
            }
        };
    }
}
