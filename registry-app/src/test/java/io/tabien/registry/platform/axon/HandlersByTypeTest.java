package io.tabien.registry.platform.axon;

import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HandlersByTypeTest {

    private final Texts texts = new Texts();
    private final Numbers numbers = new Numbers();
    private final HandlersByType groups = HandlersByType.of(new MultiEventHandlerInvoker(group(texts), group(numbers)));

    @Test
    void anEventGoesToTheGroupsThatHandleItsType() throws Exception {
        EventMessage<String> text = domainEvent("ສົມ");

        assertThat(groups.canHandle(text, Segment.ROOT_SEGMENT)).isTrue();
        groups.handle(text, Segment.ROOT_SEGMENT);
        groups.handle(text, Segment.ROOT_SEGMENT);

        assertThat(texts.handled).containsExactly("ສົມ", "ສົມ");
        assertThat(numbers.handled).isEmpty();
    }

    @Test
    void anEventOfATypeNoGroupHandlesGoesNowhere() throws Exception {
        EventMessage<Long> unhandled = domainEvent(7L);

        assertThat(groups.canHandle(unhandled, Segment.ROOT_SEGMENT)).isFalse();
        groups.handle(unhandled, Segment.ROOT_SEGMENT);

        assertThat(texts.handled).isEmpty();
        assertThat(numbers.handled).isEmpty();
    }

    @Test
    void aGroupIsStillAskedAboutTheEventItselfForATypeItHandles() throws Exception {
        // The numbers' handler takes the event's sequence number, which an event of no aggregate lacks.
        EventMessage<Integer> withoutAggregate = GenericEventMessage.asEventMessage(5);

        assertThat(groups.canHandle(withoutAggregate, Segment.ROOT_SEGMENT)).isFalse();
        groups.handle(withoutAggregate, Segment.ROOT_SEGMENT);
        groups.handle(domainEvent(6), Segment.ROOT_SEGMENT);

        assertThat(numbers.handled).containsExactly(6);
    }

    @Test
    void aReplayedEventSkipsTheGroupsThatRefuseReplays() throws Exception {
        ReplayToken reset = (ReplayToken) ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10), null);
        EventMessage<Integer> replayed = tracked(8, reset.advancedTo(new GlobalSequenceTrackingToken(3)));
        EventMessage<Integer> live = tracked(9, new GlobalSequenceTrackingToken(11));

        assertThat(ReplayToken.isReplay(replayed)).isTrue();
        assertThat(groups.canHandle(replayed, Segment.ROOT_SEGMENT)).isFalse();
        groups.handle(replayed, Segment.ROOT_SEGMENT);
        groups.handle(live, Segment.ROOT_SEGMENT);

        assertThat(numbers.handled).containsExactly(9);
    }

    @Test
    void theGroupsStayAxonsToResetAndRelease() {
        assertThat(groups.delegates()).hasSize(2);
        assertThat(groups.supportsReset()).isTrue();
        assertThat(HandlersByType.of(group(numbers)).supportsReset()).isFalse();
    }

    private static EventHandlerInvoker group(Object handler) {
        return SimpleEventHandlerInvoker.builder().eventHandlers(handler).build();
    }

    private static <T> EventMessage<T> domainEvent(T payload) {
        return new GenericDomainEventMessage<>("Test", "aggregate-1", 0, payload);
    }

    private static <T> EventMessage<T> tracked(T payload, TrackingToken token) {
        return new GenericTrackedDomainEventMessage<>(token, "Test", "aggregate-1", 0,
                GenericEventMessage.asEventMessage(payload), () -> java.time.Instant.EPOCH);
    }

    private static final class Texts {
        final List<String> handled = new ArrayList<>();

        @EventHandler
        void on(String text) {
            handled.add(text);
        }
    }

    @DisallowReplay
    private static final class Numbers {
        final List<Integer> handled = new ArrayList<>();

        @EventHandler
        void on(Integer number, @SequenceNumber long sequence) {
            handled.add(number);
        }
    }
}
