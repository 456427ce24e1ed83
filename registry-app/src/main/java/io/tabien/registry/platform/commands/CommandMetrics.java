package io.tabien.registry.platform.commands;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tabien.registry.platform.errors.Refusals;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the commands that reach their handlers as {@code tabien.commands}, tagged with the command's type
 * ({@code RegisterBirth}), the outcome and, for a refusal, the code of the rule that refused it (as the problem's
 * {@code rule} says): {@code handled} once its events are committed (with the sync batch they came in, if any),
 * {@code refused} when a named rule refused it, {@code failed} for anything else that rolled it back (a concurrent
 * change, a duplicate id, the database). Every tag comes from the code, never from a request.
 */
@Component
class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String NO_RULE = "none";

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        unitOfWork.afterCommit(committed -> whenCommitted(() -> count(command, "handled", NO_RULE)));
        unitOfWork.onRollback(rolledBack -> {
            ExecutionResult result = rolledBack.getExecutionResult();
            Throwable failure = result != null && result.isExceptionResult() ? result.getExceptionResult() : null;
            Refusals.ruleOf(failure).ifPresentOrElse(
                    rule -> count(command, "refused", rule),
                    () -> count(command, "failed", NO_RULE));
        });
        return chain.proceed();
    }

    /**
     * At once when the command's own transaction has committed; inside a transaction of the caller's (a sync batch),
     * once that one commits, as it may still roll the command back.
     */
    private static void whenCommitted(Runnable count) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }

    private void count(String command, String outcome, String rule) {
        Counter.builder("tabien.commands")
                .description("Commands that reached their handlers, by type, outcome and the rule that refused them")
                .tag("command", command)
                .tag("outcome", outcome)
                .tag("rule", rule)
                .register(registry)
                .increment();
    }
}
