package io.tabien.registry.platform.commands;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Commands of one actor sent one after another in a transaction of the caller's (a sync batch), opened by
 * {@link ProcessedCommands#openBatch}. Their idempotency records are read for every key before the first command and
 * written together, in one statement, after the last ({@link #writeAll()}); a later command of the batch under a key an
 * earlier one used is answered from the batch itself. A store may defer its writes to the batch too
 * ({@link #writeLater}): they are written at its end in one statement per store, or as soon as the store is read.
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
    private final Map<Object, Deferred<?>> deferred = new LinkedHashMap<>();

    /** What a store deferred, and how it writes all of it at once. */
    private record Deferred<T>(List<T> items, Consumer<List<T>> writeAll) {

        void write() {
            if (!items.isEmpty()) {
                List<T> all = List.copyOf(items);
                items.clear();
                writeAll.accept(all);
            }
        }
    }

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

    /**
     * Keeps {@code items} to be written by {@code writeAll} together with the rest of the store's deferred items, when
     * a batch is open on this thread; answers false, and keeps nothing, when none is (the store writes them now).
     *
     * @param store the store, which calls {@link #writeDeferred(Object)} before it reads
     */
    @SuppressWarnings("unchecked")
    public static <T> boolean writeLater(Object store, List<? extends T> items, Consumer<List<T>> writeAll) {
        if (!(TransactionSynchronizationManager.getResource(RESOURCE) instanceof CommandBatch batch)) {
            return false;
        }
        ((Deferred<T>) batch.deferred.computeIfAbsent(store, key -> new Deferred<>(new ArrayList<>(), writeAll)))
                .items().addAll(items);
        return true;
    }

    /** Writes what the store deferred to the batch open on this thread, if any: a read must see it. */
    public static void writeDeferred(Object store) {
        writeDeferred(store, item -> true);
    }

    /**
     * Writes what the store deferred to the batch open on this thread if any of it is {@code read}: a read of some
     * rows (one record's) must see those, and need not write the rest before their time.
     */
    @SuppressWarnings("unchecked")
    public static <T> void writeDeferred(Object store, Predicate<? super T> read) {
        if (TransactionSynchronizationManager.getResource(RESOURCE) instanceof CommandBatch batch) {
            Deferred<T> items = (Deferred<T>) batch.deferred.get(store);
            if (items != null && items.items().stream().anyMatch(read)) {
                items.write();
            }
        }
    }

    Earlier earlier(String idempotencyKey) {
        return earlier.get(idempotencyKey);
    }

    void record(String idempotencyKey, String commandType, String requestFingerprint, String result) {
        earlier.put(idempotencyKey, new Earlier(requestFingerprint, result));
        unrecorded.add(new Object[]{actor, idempotencyKey, commandType, requestFingerprint, result});
    }

    /**
     * Writes what the stores deferred, then the idempotency records of the batch's accepted commands. A concurrent
     * request or batch that recorded one of the keys first, or an event that takes a place in a record's stream
     * another took meanwhile, makes this fail: the caller's transaction is then lost, as for a single command.
     */
    public void writeAll() {
        deferred.values().forEach(Deferred::write);
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
