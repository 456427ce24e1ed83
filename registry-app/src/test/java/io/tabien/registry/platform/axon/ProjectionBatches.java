package io.tabien.registry.platform.axon;

import org.axonframework.common.Registration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * In what batches (units of work, each one transaction) the person registry handles births that were waiting for it:
 * it is stopped, the births are registered, it is started again, and an interceptor notes the size of the batch each
 * birth was handled in.
 */
final class ProjectionBatches {

    private static final String PROJECTION = "person-registry";

    private final EventProcessingConfiguration processing;
    private final ProjectionProgress progress;
    private final JdbcTemplate jdbc;

    ProjectionBatches(EventProcessingConfiguration processing, ProjectionProgress progress, JdbcTemplate jdbc) {
        this.processing = processing;
        this.progress = progress;
        this.jdbc = jdbc;
    }

    /**
     * @param registerBirth registers one birth over HTTP and answers the person's id
     * @return for each birth, the number of events in the batch it was handled in
     */
    List<Integer> batchesOfBirthsWaiting(int births, Supplier<String> registerBirth) {
        StreamingEventProcessor registry = processing.eventProcessorByProcessingGroup(PROJECTION, StreamingEventProcessor.class)
                .orElseThrow();
        Map<String, Integer> batchOfPerson = new ConcurrentHashMap<>();
        MessageHandlerInterceptor<EventMessage<?>> watch = (unitOfWork, chain) -> {
            if (unitOfWork instanceof BatchingUnitOfWork<?> batch
                    && unitOfWork.getMessage() instanceof DomainEventMessage<?> event) {
                batchOfPerson.put(event.getAggregateIdentifier(), batch.getMessages().size());
            }
            return chain.proceed();
        };
        Registration watching = registry.registerHandlerInterceptor(watch);
        try {
            List<String> persons = new ArrayList<>();
            registry.shutDown();
            try {
                for (int i = 0; i < births; i++) {
                    persons.add(registerBirth.get());
                }
            } finally {
                registry.start();
            }
            long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed(PROJECTION, head));
            return persons.stream().map(batchOfPerson::get).toList();
        } finally {
            watching.cancel();
        }
    }
}
