package io.tabien.registry.platform.axon;

import io.tabien.registry.platform.commands.CommandBatch;
import io.tabien.registry.platform.json.TypedIdModule;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import static io.tabien.registry.platform.commands.CommandMetadata.PROPAGATED_KEYS;


/**
 * Axon on PostgreSQL through its JDBC storage engine: snake_case tables made by Flyway, JSON payloads in bytea,
 * streaming processors that read the store once for all read models.
 * <p>
 * The transaction manager, connection provider, token store and saga store are declared here rather than left to
 * Axon's auto-configuration: its ordering hints name Spring Boot 3 classes, so with Boot 4 and an external
 * database it may decide that no DataSource exists and fall back to in-memory tokens and no transactions.
 */
@Configuration(proxyBeanMethods = false)
class AxonStorageConfiguration {

    /**
     * Spring's transactions, except for the commands of an open {@link CommandBatch}: the batch's transaction is the
     * caller's to commit or give up, and a command refused by a rule (before writing anything) must not mark it for
     * rollback, as a unit of work taking part in it would.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        TransactionManager spring = new SpringTransactionManager(transactionManager);
        Transaction partOfTheBatch = new Transaction() {
            @Override
            public void commit() {
                // committed with the batch
            }

            @Override
            public void rollback() {
                // the batch decides
            }
        };
        return () -> CommandBatch.isOpen() ? partOfTheBatch : spring.startTransaction();
    }

    /**
     * Inside a Spring transaction, the transaction's connection, committed or rolled back by the transaction alone;
     * outside one, a connection tied to the unit of work. Axon's unit-of-work wrapper commits and rolls back the
     * physical connection when its unit of work ends: inside a transaction that holds several commands (a sync batch,
     * with a savepoint per command) it would commit the batch so far, or roll all of it back, after each command.
     */
    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        ConnectionProvider transactional = new SpringDataSourceConnectionProvider(dataSource);
        ConnectionProvider unitOfWork = new UnitOfWorkAwareConnectionProviderWrapper(transactional);
        return () -> TransactionSynchronizationManager.isActualTransactionActive()
                ? transactional.getConnection() : unitOfWork.getConnection();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          EventStoreProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .contentType(byte[].class)
                .claimTimeout(properties.tokenClaimTimeout())
                .build();
    }

    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, Serializer serializer, SagaSqlSchema schema) {
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .sqlSchema(schema)
                .serializer(serializer)
                .build();
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          EventStoreProperties properties) {
        return new RegistryEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .batchSize(properties.readBatchSize())
                // Timed-out gaps (left by rolled-back appends) are dropped from the tokens as soon as there are two,
                // not only once hundreds have piled up; the settled position gives up a single one by itself.
                .gapCleaningThreshold(1),
                properties);
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .associationValueEntryTable("association_value_entry")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .build());
    }

    /**
     * Applied to every Jackson 3 serializer Axon builds (general, messages, events). Tracking tokens carry
     * class-typed fields (a replay token wraps another token); Jackson 3 refuses class names unless a validator
     * allows them, so Axon's own token types are allowed and nothing else.
     */
    @Bean
    Jackson3SerializerCustomizer axonJsonCustomizer() {
        return builder -> builder
                .addModule(new TypedIdModule())
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .build());
    }

    @Bean
    EventProcessingModule eventProcessingModule() {
        return new RegistryEventProcessing();
    }

    /** Copies who, where, which command and which request from a command onto every event it causes. */
    @Bean
    CorrelationDataProvider commandMetadataProvider() {
        return CorrelationWhereSent.whereSent(
                new SimpleCorrelationDataProvider(PROPAGATED_KEYS.toArray(String[]::new)));
    }

    @Bean
    CorrelationDataProvider originProvider() {
        return CorrelationWhereSent.whereSent(new OriginProvider());
    }

    /**
     * Long-lived aggregates (a contract gathers years of fees and savings) are loaded from their latest snapshot and
     * the events after it; the events stay the only record, a snapshot can always be dropped and is rebuilt on the
     * next load.
     */
    @Bean
    SnapshotTriggerDefinition longStreamSnapshots(Snapshotter snapshotter, EventStoreProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotAfterEvents());
    }

    /**
     * The read models share a processor, but for the two heaviest, and the process steps another
     * ({@link ProcessorAssignment}). A handler that fails stops its processor's segment, which retries with back-off
     * and shows in health; the event is never skipped, so a read model or a process step cannot silently miss one.
     */
    @Bean
    ConfigurerModule streamingProjections(EventStoreProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> {
            if (properties.processors() == EventStoreProperties.Processors.TRACKING) {
                processing.usingTrackingEventProcessors()
                        .registerTrackingEventProcessorConfiguration(configuration -> TrackingEventProcessorConfiguration
                                .forSingleThreadedProcessing()
                                .andBatchSize(properties.projectionBatchSize()));
            } else {
                processing.usingPooledStreamingEventProcessors((configuration, builder) -> builder
                        .batchSize(properties.projectionBatchSize())
                        .initialSegmentCount(properties.projectionSegments()));
            }
            processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
            processing.registerDefaultHandlerInterceptor(
                    (configuration, processorName) -> CorrelationWhereSent.markFor(processorName));
            if (properties.sharedProcessors()) {
                processing.assignProcessingGroup(ProcessorAssignment::processorOf);
            }
            // The flags compare each event with those before it: their processor, named as their group whether the
            // processors are shared or not, reads in global order.
            processing.registerPooledStreamingEventProcessorConfiguration(ProcessorAssignment.FLAGS,
                    (configuration, builder) -> builder.initialSegmentCount(1));
        });
    }
}
