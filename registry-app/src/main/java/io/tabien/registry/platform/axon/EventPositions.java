package io.tabien.registry.platform.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The global index of an event, looked up by its identifier. A tracking token's position is not it: an event that
 * commits late, into a gap, arrives with the token of the highest index seen so far, so live processing and a
 * replay would disagree about its position. The store remembers the positions of the events read last, by any
 * thread: a processor that reads for itself (a rebuild, or one behind the others) handles on the same thread, soon
 * after, the events it read, and processors at the head handle what the store's one shared reader read for them on
 * its own thread. An event read longer ago is looked up, the positions of its whole batch with it, in one query.
 */
public final class EventPositions {

    private static final String RESOURCE = EventPositions.class.getName();
    /**
     * Twice the events the shared reader keeps for processors at the head; in a rebuild, where each processor reads
     * for itself, the slowest reads an event again soon before it handles it.
     */
    private static final int REMEMBERED = 20_000;
    private static final Map<String, Read> READ = new ConcurrentHashMap<>(REMEMBERED * 2);
    /** The reads in {@link #READ} in the order read, each forgotten when its slot is written again. */
    private static final AtomicReferenceArray<Read> READ_IN_ORDER = new AtomicReferenceArray<>(REMEMBERED);
    private static final AtomicLong READS = new AtomicLong();

    /** One read of an event; equal only to itself, so that forgetting it keeps a later read of the same event. */
    private static final class Read {
        final String eventIdentifier;
        final long globalIndex;

        Read(String eventIdentifier, long globalIndex) {
            this.eventIdentifier = eventIdentifier;
            this.globalIndex = globalIndex;
        }
    }

    private EventPositions() {
    }

    /** Called by the store for each event it reads, with the position it read it at. */
    static void read(String eventIdentifier, long globalIndex) {
        Read read = new Read(eventIdentifier, globalIndex);
        READ.put(eventIdentifier, read);
        Read forgotten = READ_IN_ORDER.getAndSet((int) (READS.getAndIncrement() % REMEMBERED), read);
        if (forgotten != null) {
            READ.remove(forgotten.eventIdentifier, forgotten);
        }
    }

    public static long of(JdbcTemplate jdbc, EventMessage<?> event) {
        Read read = READ.get(event.getIdentifier());
        if (read != null) {
            return read.globalIndex;
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
