package io.tabien.registry.platform.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationWhereSentTest {

    private final List<Map<String, ?>> gatheredWhileHandling = new ArrayList<>();

    @Test
    void aProcessStepSendsWithTheEventsDataWhileTheResultsOfItsHandlersCarryNone() throws Exception {
        // given
        BatchingUnitOfWork<EventMessage<?>> batch = batchOf("registrar-1", "registrar-2");

        // when
        handle(batch, CorrelationWhereSent.sendsOnlyWhileHandling());

        // then
        assertThat(gatheredWhileHandling).containsExactly(Map.of("actor", "registrar-1"), Map.of("actor", "registrar-2"));
        assertThat(batch.getExecutionResults().values())
                .allSatisfy(result -> assertThat(result.getResult().getMetaData()).isEmpty());
    }

    @Test
    void aReadModelGathersNothingAtAll() throws Exception {
        // given
        BatchingUnitOfWork<EventMessage<?>> batch = batchOf("registrar-1");

        // when
        handle(batch, CorrelationWhereSent.sendsNothing());

        // then
        assertThat(gatheredWhileHandling).containsExactly(Map.of());
        assertThat(batch.getExecutionResults().values())
                .allSatisfy(result -> assertThat(result.getResult().getMetaData()).isEmpty());
    }

    @Test
    void withoutAMarkEverythingIsGatheredAsAxonDoes() throws Exception {
        // given
        BatchingUnitOfWork<EventMessage<?>> batch = batchOf("registrar-1");

        // when
        handle(batch, null);

        // then
        assertThat(gatheredWhileHandling).containsExactly(Map.of("actor", "registrar-1"));
        assertThat(batch.getExecutionResults().values())
                .allSatisfy(result -> assertThat(result.getResult().getMetaData())
                        .containsEntry("actor", "registrar-1"));
    }

    private static BatchingUnitOfWork<EventMessage<?>> batchOf(String... actors) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (String actor : actors) {
            events.add(GenericEventMessage.asEventMessage("an event").withMetaData(Map.of("actor", actor)));
        }
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        batch.registerCorrelationDataProvider(
                CorrelationWhereSent.whereSent(new SimpleCorrelationDataProvider("actor")));
        return batch;
    }

    /** Handles each event of the batch as a processor does: its interceptors, then its handlers, then the result. */
    private void handle(BatchingUnitOfWork<EventMessage<?>> batch, MessageHandlerInterceptor<EventMessage<?>> mark)
            throws Exception {
        batch.executeWithResult(() -> new DefaultInterceptorChain<>(batch, mark == null ? List.of() : List.of(mark),
                event -> {
                    gatheredWhileHandling.add(CurrentUnitOfWork.correlationData());
                    return "handled";
                }).proceed());
    }
}
