package io.tabien.registry.platform.axon;

import io.tabien.registry.platform.commands.CommandMetadata;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code correlationId}: the request or case that everything belongs to, kept along the whole chain.
 * {@code causationId}: the message that directly caused this one; a command sent in reaction to an event names
 * that event as its cause, so its events do too.
 */
final class OriginProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        data.put(CommandMetadata.CORRELATION_ID,
                message.getMetaData().getOrDefault(CommandMetadata.CORRELATION_ID, message.getIdentifier()));
        Object statedCause = message.getMetaData().get(CommandMetadata.CAUSATION_ID);
        data.put(CommandMetadata.CAUSATION_ID,
                message instanceof CommandMessage && statedCause != null ? statedCause : message.getIdentifier());
        return data;
    }
}
