package io.tabien.registry.platform.axon;

import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processing groups of one processor, as Axon's {@link MultiEventHandlerInvoker} holds them, asked whether they
 * handle an event only when they handle events of its type. Axon asks every group of the processor whether it
 * handles each event (its handlers' types and parameters), and whether it may be replayed (every annotation of every
 * handler), once to pick the events of a batch and again to hand each one out: about a tenth of a processor's work in a
 * rebuild. A group's answer for a type and whether it may be replayed never change, so they are taken once; whether
 * it handles the event itself is still asked of the group, for the types it handles.
 */
final class HandlersByType extends MultiEventHandlerInvoker {

    private final List<EventHandlerInvoker> groups;
    private final boolean[] replayable;
    private final List<Map<Class<?>, Boolean>> handledTypes;

    private HandlersByType(List<EventHandlerInvoker> groups) {
        super(groups);
        this.groups = delegates();
        this.replayable = new boolean[this.groups.size()];
        for (int i = 0; i < replayable.length; i++) {
            replayable[i] = this.groups.get(i).supportsReset();
        }
        this.handledTypes = this.groups.stream().<Map<Class<?>, Boolean>>map(group -> new ConcurrentHashMap<>())
                .toList();
    }

    static HandlersByType of(EventHandlerInvoker invoker) {
        return invoker instanceof MultiEventHandlerInvoker groups ? new HandlersByType(groups.delegates())
                : new HandlersByType(List.of(invoker));
    }

    @Override
    public boolean canHandle(EventMessage<?> event, Segment segment) {
        for (int i = 0; i < groups.size(); i++) {
            if (handles(i, event, segment)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void handle(EventMessage<?> event, Segment segment) throws Exception {
        for (int i = 0; i < groups.size(); i++) {
            if (handles(i, event, segment)) {
                groups.get(i).handle(event, segment);
            }
        }
    }

    /** Axon's condition, with the group's answer for the event's type asked first and remembered. */
    private boolean handles(int group, EventMessage<?> event, Segment segment) {
        EventHandlerInvoker invoker = groups.get(group);
        return (replayable[group] || !ReplayToken.isReplay(event))
                && handledTypes.get(group).computeIfAbsent(event.getPayloadType(), invoker::canHandleType)
                && invoker.canHandle(event, segment);
    }
}
