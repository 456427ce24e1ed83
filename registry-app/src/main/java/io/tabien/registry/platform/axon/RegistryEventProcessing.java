package io.tabien.registry.platform.axon;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingModule;
import org.axonframework.config.EventProcessingConfigurer.PooledStreamingProcessorConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.SubscribableMessageSource;

/** Axon's event processing as configured, with each processor's groups asked by event type ({@link HandlersByType}). */
class RegistryEventProcessing extends EventProcessingModule {

    @Override
    protected EventProcessor subscribingEventProcessor(
            String name, EventHandlerInvoker invoker, SubscribableMessageSource<? extends EventMessage<?>> source) {
        return super.subscribingEventProcessor(name, HandlersByType.of(invoker), source);
    }

    @Override
    protected EventProcessor trackingEventProcessor(
            String name, EventHandlerInvoker invoker, TrackingEventProcessorConfiguration configuration,
            StreamableMessageSource<TrackedEventMessage<?>> source) {
        return super.trackingEventProcessor(name, HandlersByType.of(invoker), configuration, source);
    }

    @Override
    protected EventProcessor pooledStreamingEventProcessor(
            String name, EventHandlerInvoker invoker, Configuration configuration,
            StreamableMessageSource<TrackedEventMessage<?>> source,
            PooledStreamingProcessorConfiguration processorConfiguration) {
        return super.pooledStreamingEventProcessor(name, HandlersByType.of(invoker), configuration, source,
                processorConfiguration);
    }
}
