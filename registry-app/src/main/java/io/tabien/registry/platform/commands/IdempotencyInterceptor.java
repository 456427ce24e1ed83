package io.tabien.registry.platform.commands;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Records a command sent under an Idempotency-Key, and its result, inside the unit of work that appends its
 * events: either both are stored or neither.
 */
@Component
class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final ProcessedCommands processedCommands;

    IdempotencyInterceptor(ProcessedCommands processedCommands) {
        this.processedCommands = processedCommands;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        MetaData metadata = command.getMetaData();
        Object result = chain.proceed();
        if (metadata.get(CommandMetadata.REQUEST_FINGERPRINT) instanceof String fingerprint) {
            processedCommands.record((String) metadata.get(CommandMetadata.ACTOR),
                    (String) metadata.get(CommandMetadata.COMMAND_ID), command.getCommandName(), fingerprint, result);
        }
        return result;
    }
}
