package io.tabien.registry.platform.axon;

import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Axon falls back to in-memory and non-transactional parts when wiring goes wrong, and says nothing. */
class AxonWiringTest extends IntegrationTest {

    @Autowired
    private TransactionManager transactionManager;
    @Autowired
    private TokenStore tokenStore;
    @Autowired
    private EventStorageEngine storageEngine;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;
    @Autowired
    private Serializer generalSerializer;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ProjectionProgress progress;

    @Test
    void eventsTokensAndTransactionsLiveInPostgres() {
        Transaction transaction = transactionManager.startTransaction();
        try {
            assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
        } finally {
            transaction.rollback();
        }
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
    }

    @Test
    void everythingIsSerializedAsJson() {
        assertThat(eventSerializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(generalSerializer).isInstanceOf(Jackson3Serializer.class);
    }

    @Test
    void projectionTokensAreStoredInTheTokenTable() {
        Long tokens = jdbc.queryForObject(
                "select count(*) from token_entry where processor_name = ?", Long.class,
                ProcessorAssignment.READ_MODELS);

        assertThat(tokens).isPositive();
    }

    @Test
    void projectionsTakeTheEventsWaitingForThemInOneTransaction() {
        CivilClient registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
        ProjectionBatches projection = new ProjectionBatches(processing, progress, jdbc);

        List<Integer> batches = projection.batchesOfBirthsWaiting(3, () -> registrar.person("ບຸນ", "ລໍຖ້າ",
                "2024-05-05", "LA-XE", "1501"));

        assertThat(batches).hasSize(3).allMatch(size -> size >= 3);
    }

    @Test
    void projectionsRunOnTrackingProcessors() {
        assertThat(processing.eventProcessorByProcessingGroup("person-registry", EventProcessor.class))
                .containsInstanceOf(TrackingEventProcessor.class);
        assertThat(processing.eventProcessorByProcessingGroup("flags", EventProcessor.class))
                .containsInstanceOf(TrackingEventProcessor.class);
    }

    @Test
    void everyProcessorAsksItsGroupsByEventType() {
        assertThat(processing.eventProcessors().values()).hasSizeGreaterThan(5).allSatisfy(processor ->
                assertThat(((AbstractEventProcessor) processor).eventHandlerInvoker()).as(processor.getName())
                        .isInstanceOf(HandlersByType.class));
    }

    @Test
    void theReadModelsShareOneProcessorButTheTwoHeaviestTheProcessStepsAnotherAndTheChainItsOwn() {
        Map<String, String> processorOfGroup = new TreeMap<>();
        for (String group : List.of("person-registry", "family-books", "flags", "passports", "agencies",
                "contracts", "grievances", "household-automation", "passport-automation", "audit-chain")) {
            processorOfGroup.put(group, processing.eventProcessorByProcessingGroup(group, StreamingEventProcessor.class)
                    .orElseThrow().getName());
        }

        assertThat(processorOfGroup).containsOnly(
                entry("person-registry", "person-registry"), entry("family-books", "read-models"),
                entry("flags", "flags"), entry("passports", "read-models"), entry("agencies", "read-models"),
                entry("contracts", "read-models"), entry("grievances", "read-models"),
                entry("household-automation", "process-steps"), entry("passport-automation", "process-steps"),
                entry("audit-chain", "audit-chain"));
        assertThat(processing.eventProcessors().values()).filteredOn(StreamingEventProcessor.class::isInstance)
                .hasSize(5);
    }
}
