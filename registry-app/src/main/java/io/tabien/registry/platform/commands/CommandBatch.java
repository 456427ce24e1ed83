package io.tabien.registry.platform.commands;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Commands of one actor sent one after another in a transaction of the caller's (a sync batch), opened by
 * {@link ProcessedCommands#openBatch}. Their idempotency records are read for every key before the first command and
 * written together, in one statement, after the last ({@link #recordAll()}); a later command of the batch under a key an
 * earlier one used is answered from the batch itself.
 * <p>
 * While a batch is open on a thread, a command does not take part in the transaction as a unit of its own: a refused
 * command neither rolls the transaction back nor marks it for rollback. This is only sound because a refusal by a rule
 * comes before anything is written; whoever opens the batch must give up the whole transaction when a command fails in
 * any other way (at the database).
 */
public final class CommandBatch implements AutoCloseable {

    private static final Object RESOURCE = CommandBatch.class;

    /** How a key was first used: the request's fingerprint and the answer, as stored. */
    record Earlier(String fingerprint, String result) {
    }

    private final String actor;
    private final Map<String, Earlier> earlier;
    private final List<Object[]> unrecorded = new ArrayList<>();
    private final ProcessedCommands processedCommands;

    CommandBatch(String actor, Map<String, Earlier> earlier, ProcessedCommands processedCommands) {
        this.actor = actor;
        this.earlier = new HashMap<>(earlier);
        this.processedCommands = processedCommands;
        TransactionSynchronizationManager.bindResource(RESOURCE, this);
    }

    /** Whether commands on this thread are sent in an open batch. */
    public static boolean isOpen() {
        return TransactionSynchronizationManager.hasResource(RESOURCE);
    }

    /** The batch open on this thread for this actor, or null. */
    static CommandBatch of(String actor) {
        return TransactionSynchronizationManager.getResource(RESOURCE) instanceof CommandBatch batch
                && batch.actor.equals(actor) ? batch : null;
    }

    Earlier earlier(String idempotencyKey) {
        return earlier.get(idempotencyKey);
    }

    void record(String idempotencyKey, String commandType, String requestFingerprint, String result) {
        earlier.put(idempotencyKey, new Earlier(requestFingerprint, result));
        unrecorded.add(new Object[]{actor, idempotencyKey, commandType, requestFingerprint, result});
    }

    /**
     * Writes the idempotency records of the batch's accepted commands. A concurrent request or batch that recorded one
     * of the keys first makes this fail on the key: the caller's transaction is then lost, as for a single command.
     */
    public void recordAll() {
        processedCommands.recordAll(unrecorded);
        unrecorded.clear();
    }

    @Override
    public void close() {
        if (TransactionSynchronizationManager.getResource(RESOURCE) == this) {
            TransactionSynchronizationManager.unbindResource(RESOURCE);
        }
    }
}
