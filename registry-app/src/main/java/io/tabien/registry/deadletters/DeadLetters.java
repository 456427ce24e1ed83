package io.tabien.registry.deadletters;

import io.tabien.contracts.deadletters.ParkedEvent;
import io.tabien.registry.platform.axon.ParkingPolicy;
import io.tabien.registry.platform.errors.NotFound;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The events processing groups have parked, as administrators and auditors see them (what, where and why, never
 * the event's content), and what administrators do about them: retry after a fix, or resolve.
 */
@Service
public class DeadLetters {

    /** Why an event was parked; the database's quoted values are not kept. Absent for an event queued behind one. */
    public record Cause(String type, String message) {
    }

    /**
     * One parked event.
     *
     * @param sequence      the sequence it is parked in: the id of the record it belongs to
     * @param sequenceIndex its place in that sequence
     * @param attempts      how often handling it failed (0 for an event queued behind a failed one)
     */
    public record DeadLetterView(String processingGroup, String sequence, long sequenceIndex, String eventType,
                                 String eventIdentifier, Long globalIndex, String aggregateType, String aggregateId,
                                 Long aggregateSequenceNumber, Cause cause, Instant enqueuedAt, Instant lastTouched,
                                 int attempts) {
    }

    /** @param total how many are parked in all, of which the listing shows the first */
    public record Listing(List<DeadLetterView> deadLetters, long total) {
    }

    /**
     * @param processed   sequences whose every event was handled and left the queue
     * @param stillParked sequences of the group that are still parked
     */
    public record Retried(String processingGroup, int processed, long stillParked) {
    }

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Serializer eventSerializer;

    DeadLetters(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.eventSerializer = eventSerializer;
    }

    /** Parked events, of one processing group or of all, by group, sequence and their order in it. */
    public Listing list(String processingGroup, int limit) {
        if (processingGroup != null) {
            requireQueue(processingGroup);
        }
        Long total = jdbc.queryForObject(
                "select count(*) from dead_letter_entry where ?::text is null or processing_group = ?",
                Long.class, processingGroup, processingGroup);
        List<DeadLetterView> letters = jdbc.query("""
                        select d.processing_group, d.sequence_identifier, d.sequence_index, d.payload_type,
                            d.event_identifier, e.global_index, d.aggregate_type, d.aggregate_identifier,
                            d.sequence_number, d.cause_type, d.cause_message, d.enqueued_at, d.last_touched,
                            d.diagnostics
                        from dead_letter_entry d
                        left join domain_event_entry e on e.event_identifier = d.event_identifier
                        where ?::text is null or d.processing_group = ?
                        order by d.processing_group, d.sequence_identifier, d.sequence_index
                        limit ?""",
                this::view, processingGroup, processingGroup, limit);
        return new Listing(letters, total == null ? 0 : total);
    }

    /**
     * Tries every parked sequence of the group once, oldest first, through Axon's dead-letter processing: the group's
     * handlers take each event in order; a sequence leaves the queue when all its events are handled, and stays,
     * with the new cause, at the first that fails again.
     */
    public Retried retry(String processingGroup) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> unknownGroup(processingGroup));
        Set<String> tried = new HashSet<>();
        int processed = 0;
        while (true) {
            AtomicBoolean picked = new AtomicBoolean();
            boolean handled = processor.process(letter -> {
                if (!tried.add(sequenceOf(letter))) {
                    return false;
                }
                picked.set(true);
                return true;
            });
            if (!picked.get()) {
                break;
            }
            if (handled) {
                processed++;
            }
        }
        long stillParked = sequences(processingGroup);
        log.info("Retried {} parked sequence(s) of {}: {} handled, {} still parked", tried.size(), processingGroup,
                processed, stillParked);
        return new Retried(processingGroup, processed, stillParked);
    }

    /** The events parked in one sequence, in order; unknown group or sequence: not found. */
    public List<ParkedEvent> parked(String processingGroup, String sequence) {
        requireQueue(processingGroup);
        List<ParkedEvent> parked = jdbc.query("""
                        select d.event_identifier, e.global_index, d.payload_type
                        from dead_letter_entry d
                        join domain_event_entry e on e.event_identifier = d.event_identifier
                        where d.processing_group = ? and d.sequence_identifier = ?
                        order by d.sequence_index""",
                (row, n) -> new ParkedEvent(row.getString(1), row.getLong(2), simpleName(row.getString(3))),
                processingGroup, sequence);
        if (parked.isEmpty()) {
            throw new NotFound("parked sequence of " + processingGroup, sequence);
        }
        return parked;
    }

    /**
     * Takes resolved events out of the queue. Called once their resolution is recorded, so that no event leaves the
     * queue unseen by the auditors; events parked in the sequence since then stay.
     */
    public void evict(String processingGroup, String sequence, List<ParkedEvent> resolved) {
        String[] identifiers = resolved.stream().map(ParkedEvent::eventIdentifier).toArray(String[]::new);
        int evicted = jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    delete from dead_letter_entry
                    where processing_group = ? and sequence_identifier = ? and event_identifier = any(?)""");
            statement.setString(1, processingGroup);
            statement.setString(2, sequence);
            statement.setArray(3, connection.createArrayOf("varchar", identifiers));
            return statement;
        });
        log.info("Resolved {} parked event(s) of {} in sequence {}", evicted, processingGroup, sequence);
    }

    private void requireQueue(String processingGroup) {
        if (processing.deadLetterQueue(processingGroup).isEmpty()) {
            throw unknownGroup(processingGroup);
        }
    }

    private long sequences(String processingGroup) {
        Long sequences = jdbc.queryForObject(
                "select count(distinct sequence_identifier) from dead_letter_entry where processing_group = ?",
                Long.class, processingGroup);
        return sequences == null ? 0 : sequences;
    }

    private static NotFound unknownGroup(String processingGroup) {
        return new NotFound("dead-letter queue for processing group", processingGroup);
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIdentifier()
                : letter.message().getIdentifier();
    }

    private DeadLetterView view(ResultSet row, int rowNumber) throws SQLException {
        long globalIndex = row.getLong("global_index");
        Long index = row.wasNull() ? null : globalIndex;
        long aggregateSequence = row.getLong("sequence_number");
        Long aggregateSequenceNumber = row.wasNull() ? null : aggregateSequence;
        String causeType = row.getString("cause_type");
        return new DeadLetterView(row.getString("processing_group"), row.getString("sequence_identifier"),
                row.getLong("sequence_index"), simpleName(row.getString("payload_type")),
                row.getString("event_identifier"), index, row.getString("aggregate_type"),
                row.getString("aggregate_identifier"), aggregateSequenceNumber,
                causeType == null ? null : new Cause(causeType, row.getString("cause_message")),
                instant(row.getString("enqueued_at")), instant(row.getString("last_touched")),
                attempts(row.getBytes("diagnostics")));
    }

    private int attempts(byte[] diagnostics) {
        if (diagnostics == null) {
            return 0;
        }
        MetaData metadata = eventSerializer.deserialize(
                new SimpleSerializedObject<>(diagnostics, byte[].class, MetaData.class.getName(), null));
        return ParkingPolicy.attempts(metadata);
    }

    private static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }

    private static Instant instant(String time) {
        return time == null ? null : Instant.parse(time);
    }
}
