package io.tabien.registry.platform.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The global index of an event, looked up by its identifier. A tracking token's position is not it: an event that
 * commits late, into a gap, arrives with the token of the highest index seen so far, so live processing and a
 * replay would disagree about its position. The store remembers, for the thread that reads them, the positions of
 * the events it read last: a processor that reads for itself (a rebuild, or one behind the others) handles on the same
 * thread the events it read. Processors at the head handle what the store's one shared reader read on its own thread:
 * the positions of the events read last by any thread are remembered too, twice as many as that reader keeps for them.
 * An event read longer ago is looked up, the positions of its whole batch with it, in one query.
 */
public final class EventPositions {

    private static final String RESOURCE = EventPositions.class.getName();
    /** More than a read of the store holds: a batch being handled was read by the last read or the one before. */
    private static final int REMEMBERED_PER_THREAD = 4_096;
    private static final ThreadLocal<Map<String, Long>> READ_BY_THIS_THREAD = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(REMEMBERED_PER_THREAD * 2) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                    return size() > REMEMBERED_PER_THREAD;
                }
            });

    /** The events the shared reader keeps for processors at the head, and as many again. */
    private static final int REMEMBERED_OF_ALL = 20_000;
    private static final Map<String, Long> READ_BY_ANY_THREAD = new ConcurrentHashMap<>(REMEMBERED_OF_ALL * 2);
    /** The identifiers in {@link #READ_BY_ANY_THREAD} in the order read, each slot forgotten when written again. */
    private static final AtomicReferenceArray<String> READ_IN_ORDER = new AtomicReferenceArray<>(REMEMBERED_OF_ALL);
    private static final AtomicLong READS = new AtomicLong();

    private EventPositions() {
    }

    /** Called by the store for each event it reads, with the position it read it at. */
    static void read(String eventIdentifier, long globalIndex) {
        READ_BY_THIS_THREAD.get().put(eventIdentifier, globalIndex);
        READ_BY_ANY_THREAD.put(eventIdentifier, globalIndex);
        int slot = (int) (READS.getAndIncrement() % REMEMBERED_OF_ALL);
        String forgotten = READ_IN_ORDER.getAndSet(slot, eventIdentifier);
        if (forgotten != null && !forgotten.equals(eventIdentifier)) {
            // An event read again by another thread since goes early: it is then looked up, no more.
            READ_BY_ANY_THREAD.remove(forgotten);
        }
    }

    public static long of(JdbcTemplate jdbc, EventMessage<?> event) {
        Long read = READ_BY_THIS_THREAD.get().get(event.getIdentifier());
        if (read == null) {
            read = READ_BY_ANY_THREAD.get(event.getIdentifier());
        }
        if (read != null) {
            return read;
        }
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
            if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
                Map<String, Long> positions = batch.getOrComputeResource(RESOURCE,
                        key -> lookUp(jdbc, batch.getMessages()));
                Long index = positions.get(event.getIdentifier());
                if (index != null) {
                    return index;
                }
            }
        }
        Long index = jdbc.queryForObject("select global_index from domain_event_entry where event_identifier = ?",
                Long.class, event.getIdentifier());
        if (index == null) {
            throw new IllegalStateException("event " + event.getIdentifier() + " is not in the store");
        }
        return index;
    }

    private static Map<String, Long> lookUp(JdbcTemplate jdbc, List<? extends Message<?>> messages) {
        String[] identifiers = messages.stream().map(Message::getIdentifier).toArray(String[]::new);
        Map<String, Long> positions = new HashMap<>(identifiers.length * 2);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "select event_identifier, global_index from domain_event_entry where event_identifier = any(?)");
            statement.setArray(1, connection.createArrayOf("varchar", identifiers));
            return statement;
        }, row -> {
            positions.put(row.getString(1), row.getLong(2));
        });
        return positions;
    }
}
