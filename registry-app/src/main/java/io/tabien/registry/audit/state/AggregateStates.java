package io.tabien.registry.audit.state;

import io.tabien.contracts.HistoryEntry;
import io.tabien.registry.platform.commands.CommandMetadata;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A record as it stood at a moment: its own events up to then, folded into the shape its read endpoint answers.
 * Only the record's own stream counts (a person's household, passports and grievances are other records).
 */
@Component
public class AggregateStates {

    /** @param lastEvent the last event applied */
    public record StateAsOf(String aggregateType, Instant asOf, Object state, HistoryEntry lastEvent) {
    }

    /** One event of the stream, deserialized, with what its history entry shows. */
    record Recorded(Object payload, HistoryEntry entry) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer events;

    AggregateStates(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<StateAsOf> asOf(UUID aggregateId, Instant asOf) {
        List<Recorded> stream = jdbc.query("""
                        select global_index, event_identifier, payload_type, payload_revision, payload, meta_data,
                            time_stamp
                        from domain_event_entry
                        where aggregate_identifier = ? and time_stamp::timestamptz <= ?
                        order by sequence_number""",
                (row, n) -> recorded(row.getLong(1), row.getString(3), row.getString(4), row.getBytes(5),
                        row.getBytes(6), Instant.parse(row.getString(7))),
                aggregateId.toString(), Timestamp.from(asOf));
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        Folded folded = Folds.fold(stream, asOf);
        return Optional.of(new StateAsOf(folded.aggregateType(), asOf, folded.state(),
                stream.get(stream.size() - 1).entry()));
    }

    /**
     * A record as its events up to a global index made it: a {@code PersonView} or {@code FamilyBookView} (without
     * what other records add to them), or the first event of a record of another type.
     */
    public Optional<Object> upTo(UUID aggregateId, long globalIndex) {
        List<Recorded> stream = jdbc.query("""
                        select global_index, event_identifier, payload_type, payload_revision, payload, meta_data,
                            time_stamp
                        from domain_event_entry
                        where aggregate_identifier = ? and global_index <= ?
                        order by sequence_number""",
                (row, n) -> recorded(row.getLong(1), row.getString(3), row.getString(4), row.getBytes(5),
                        row.getBytes(6), Instant.parse(row.getString(7))),
                aggregateId.toString(), globalIndex);
        return stream.isEmpty() ? Optional.empty()
                : Optional.of(Folds.fold(stream, stream.get(stream.size() - 1).entry().storedAt()).state());
    }

    record Folded(String aggregateType, Object state) {
    }

    private Recorded recorded(long globalIndex, String type, String revision, byte[] payload, byte[] metadata,
                              Instant storedAt) {
        SerializedType serializedType = new SimpleSerializedType(type, revision);
        Object event = events.deserialize(new SimpleSerializedObject<>(payload, byte[].class, serializedType));
        MetaData meta = metadata == null ? MetaData.emptyInstance() : events.deserialize(
                new SimpleSerializedObject<>(metadata, byte[].class, MetaData.class.getName(), null));
        String recordedAt = text(meta, CommandMetadata.RECORDED_AT);
        return new Recorded(event, new HistoryEntry(globalIndex, event.getClass().getSimpleName(),
                event.getClass().getSimpleName(), text(meta, CommandMetadata.ACTOR), text(meta, CommandMetadata.ROLE),
                text(meta, CommandMetadata.OFFICE), recordedAt == null ? null : Instant.parse(recordedAt), storedAt,
                text(meta, CommandMetadata.CAUSATION_ID)));
    }

    private static String text(MetaData metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
