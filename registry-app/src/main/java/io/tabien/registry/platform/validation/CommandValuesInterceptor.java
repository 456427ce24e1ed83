package io.tabien.registry.platform.validation;

import io.tabien.registry.platform.time.InstantText;
import io.tabien.registry.platform.commands.CommandMetadata;
import io.tabien.registry.platform.errors.InvalidValues;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Every command on its way to the command bus passes {@link StorableValues}, whoever sent it: the REST controllers,
 * the registry's own process steps, and any way in added later. What reaches the aggregate, and so the event, is the
 * checked command with its text in NFC. Its capture time must be storable too: it becomes a timestamp column of every
 * history table.
 */
class CommandValuesInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final StorableValues values;

    CommandValuesInterceptor(StorableValues values) {
        this.values = values;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> commands) {
        return (index, command) -> checked(command);
    }

    private CommandMessage<?> checked(CommandMessage<?> command) {
        recordedAtMustBeStorable(command);
        Object payload = command.getPayload();
        Object checked = values.check(payload);
        if (checked == payload) {
            return command;
        }
        return new GenericCommandMessage<>(new GenericMessage<>(command.getIdentifier(), checked,
                command.getMetaData()), command.getCommandName());
    }

    private static void recordedAtMustBeStorable(CommandMessage<?> command) {
        Object recordedAt = command.getMetaData().get(CommandMetadata.RECORDED_AT);
        if (recordedAt == null) {
            return;
        }
        try {
            if (StorableValues.isStorable(InstantText.parse(recordedAt.toString()))) {
                return;
            }
        } catch (DateTimeParseException unreadable) {
            // refused below, like a moment out of range
        }
        throw new InvalidValues(List.of(new InvalidValues.Problem(CommandMetadata.RECORDED_AT,
                StorableValues.INSTANT_RANGE)));
    }
}
