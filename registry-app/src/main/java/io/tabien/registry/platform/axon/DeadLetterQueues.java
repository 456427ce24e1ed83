package io.tabien.registry.platform.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An event that a read model or process step cannot handle does not stop the others. It is parked in Axon's
 * sequenced dead-letter queue (the Flyway-made {@code dead_letter_entry} table) with its cause, and its processor
 * goes on with the events of other records. Later events of the same record queue behind it in order, since each
 * aggregate is a sequence of its own. A rebuild of a processing group clears its dead letters first, and the
 * rebuild parks again whatever still fails, once.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterQueues {

    @Bean
    ParkedProcessingGroups parkedProcessingGroups(ListableBeanFactory beans) {
        return ParkedProcessingGroups.of(beans);
    }

    @Bean
    ConfigurerModule deadLetterQueuesForParkedGroups(ParkedProcessingGroups parkedGroups,
                                                     ConnectionProvider connectionProvider,
                                                     TransactionManager transactionManager,
                                                     DeadLetterSchema schema) {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String group : parkedGroups.names()) {
                processing
                        .registerDeadLetterQueue(group, configuration -> JdbcSequencedDeadLetterQueue
                                .<EventMessage<?>>builder()
                                .processingGroup(group)
                                .connectionProvider(connectionProvider)
                                .transactionManager(transactionManager)
                                .schema(schema)
                                .genericSerializer(configuration.serializer())
                                .eventSerializer(configuration.eventSerializer())
                                .build())
                        .registerDeadLetterPolicy(group, configuration -> new ParkingPolicy(group))
                        // The cache spares a query per event while nothing of a sequence is parked.
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (configuration, invoker) -> invoker.allowReset(true).enableSequenceIdentifierCache());
            }
        });
    }

    @Bean
    HandlerEnhancerDefinition savepointsOnRetry(ParkedProcessingGroups parkedGroups,
                                                PlatformTransactionManager transactions) {
        return new SavepointsOnRetry(parkedGroups, transactions);
    }
}
