package io.tabien.registry.platform.commands;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Commands the registry sends itself in reaction to an event (a process step). Each step is sent at most once per
 * causing event: its key is recorded with its events, so an event delivered again after a crash or a restart does
 * not repeat the step. The causing event becomes the cause of the step's events.
 */
@Component
public class AutomatedCommands {

    private final CommandGateway gateway;
    private final ProcessedCommands processedCommands;

    AutomatedCommands(CommandGateway gateway, ProcessedCommands processedCommands) {
        this.gateway = gateway;
        this.processedCommands = processedCommands;
    }

    /** Answers false when the step had already been taken for this event. */
    public boolean sendOnce(EventMessage<?> cause, String step, Object command) {
        String key = step + ":" + cause.getIdentifier();
        if (processedCommands.wasProcessed(Actor.REGISTRY, key)) {
            return false;
        }
        Map<String, Object> metadata = new HashMap<>(Actor.processStep(Actor.of(cause.getMetaData()).office())
                .metadata());
        metadata.put(CommandMetadata.COMMAND_ID, key);
        metadata.put(CommandMetadata.CAUSATION_ID, cause.getIdentifier());
        metadata.put(CommandMetadata.REQUEST_FINGERPRINT,
                UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
        copy(cause.getMetaData(), metadata, CommandMetadata.CORRELATION_ID);
        copy(cause.getMetaData(), metadata, CommandMetadata.RECORDED_AT);
        try {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
            return true;
        } catch (DuplicateKeyException takenConcurrently) {
            if (processedCommands.wasProcessed(Actor.REGISTRY, key)) {
                return false;
            }
            throw takenConcurrently;
        }
    }

    private static void copy(MetaData from, Map<String, Object> to, String key) {
        Object value = from.get(key);
        if (value != null) {
            to.put(key, value);
        }
    }
}
