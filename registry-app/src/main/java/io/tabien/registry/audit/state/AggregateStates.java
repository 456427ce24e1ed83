package io.tabien.registry.audit.state;

import io.tabien.registry.platform.time.InstantText;
import io.tabien.contracts.HistoryEntry;
import io.tabien.contracts.grievance.GrievanceView;
import io.tabien.registry.grievance.casefile.CaseFileKeys;
import io.tabien.registry.platform.commands.CommandMetadata;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.sql.Timestamp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.UUID;

/**
 * A record as it stood at a moment: its own events up to then, folded into the shape its read endpoint answers.
 * Only the record's own stream counts (a person's household, passports and grievances are other records).
 * <p>
 * A long record is not folded from its first event each time: every {@code tabien.audit.folded-state-every} events
 * its folding is stored (written by the read that first folds past that point), and a read starts from the latest
 * stored state that lies wholly before its moment, folding only the events after it. The answer is the same as from
 * the first event; the stored states are a cache of the events, never a source.
 */
@Component
public class AggregateStates {

    /**
     * What the stored foldings are made of: raised whenever a folding or a fold it holds changes what it keeps or how
     * it evolves, so that states stored by an earlier version are passed over (and stored again).
     */
    static final int FOLD_VERSION = 1;

    /** @param lastEvent the last event applied */
    public record StateAsOf(String aggregateType, Instant asOf, Object state, HistoryEntry lastEvent) {
    }

    /** One event of the stream, deserialized, with what its history entry shows. */
    record Recorded(long sequenceNumber, Object payload, HistoryEntry entry) {
    }

    /** Up to where a record's events count: their store time, or their position in the store. */
    private record Moment(String eventsUpTo, String statesUpTo, Object value) {

        static Moment at(Instant instant) {
            return new Moment("time_stamp::timestamptz <= ?", "stored_until <= ?", Timestamp.from(instant));
        }

        static Moment upTo(long globalIndex) {
            return new Moment("global_index <= ?", "global_index <= ?", globalIndex);
        }
    }

    /** A folding, with the sequence number of the last event in it and the latest store time of its events. */
    private record Start(Folds.Folding folding, long sequenceNumber, Instant storedUntil) {
    }

    private static final byte[] NO_METADATA = "{}".getBytes(StandardCharsets.UTF_8);

    private final JdbcTemplate jdbc;
    private final Serializer events;
    private final ObjectProvider<Configuration> axon;
    private final CaseFileKeys caseFileKeys;
    private final JsonMapper json;
    private final int every;

    AggregateStates(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer events, ObjectProvider<Configuration> axon,
                    CaseFileKeys caseFileKeys, JsonMapper json,
                    @Value("${tabien.audit.folded-state-every:100}") int every) {
        this.caseFileKeys = caseFileKeys;
        this.jdbc = jdbc;
        this.events = events;
        this.axon = axon;
        // Amounts keep their scale through a stored state (10.50 stays 10.50), as they do through the events.
        this.json = json.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
        this.every = every;
    }

    public Optional<StateAsOf> asOf(UUID aggregateId, Instant asOf) {
        return fold(aggregateId, Moment.at(asOf), true)
                .map(folding -> new StateAsOf(folding.aggregateType(), asOf, opened(folding.view(asOf)),
                        folding.last()));
    }

    /**
     * A record as its events up to a global index made it: a {@code PersonView} or {@code FamilyBookView} (without
     * what other records add to them), or the first event of a record of another type.
     */
    public Optional<Object> upTo(UUID aggregateId, long globalIndex) {
        return fold(aggregateId, Moment.upTo(globalIndex), true)
                .map(folding -> opened(folding.view(folding.last().storedAt())));
    }

    /** The same as {@link #asOf}, folded from the record's first event without any stored state. */
    Optional<StateAsOf> asOfFromFirstEvent(UUID aggregateId, Instant asOf) {
        return fold(aggregateId, Moment.at(asOf), false)
                .map(folding -> new StateAsOf(folding.aggregateType(), asOf, opened(folding.view(asOf)),
                        folding.last()));
    }

    /**
     * A grievance's case file opened with its key as it is now: a state from before an erasure shows the erased
     * texts as erased too, since nobody can read them any more.
     */
    private Object opened(Object view) {
        if (view instanceof GrievanceView grievance && grievance.caseFile() != null) {
            return new GrievanceView(grievance.id(), grievance.country(), grievance.channel(), grievance.categories(),
                    grievance.status(), grievance.reportedOn(), grievance.resolvedOn(), grievance.closedOn(),
                    caseFileKeys.opening(grievance.id().value()).opened(grievance.caseFile()));
        }
        return view;
    }

    private Optional<Folds.Folding> fold(UUID aggregateId, Moment moment, boolean fromStoredState) {
        String id = aggregateId.toString();
        Start start = fromStoredState ? stored(id, moment) : null;
        List<Recorded> stream = jdbc.query("""
                        select sequence_number, global_index, payload_type, payload_revision, payload, meta_data,
                            time_stamp, type
                        from domain_event_entry
                        where aggregate_identifier = ? and sequence_number > ? and\s""" + moment.eventsUpTo() + """
                        
                        order by sequence_number""",
                (row, n) -> recorded(row.getString(8), id, row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                        row.getBytes(5), row.getBytes(6), InstantText.parse(row.getString(7))),
                id, start == null ? -1 : start.sequenceNumber(), moment.value());
        if (start == null && stream.isEmpty()) {
            return Optional.empty();
        }
        Folds.Folding folding = start == null ? Folds.startingWith(stream.get(0).payload()) : start.folding();
        // The state a new one is stored against, taken before the events change it; only when one will be stored.
        ObjectNode previous = start != null && stream.stream().anyMatch(r -> (r.sequenceNumber() + 1) % every == 0)
                ? json.valueToTree(folding) : null;
        long expected = start == null ? 0 : start.sequenceNumber() + 1;
        Instant storedUntil = start == null ? Instant.MIN : start.storedUntil();
        List<Object[]> toStore = new ArrayList<>();
        for (Recorded recorded : stream) {
            folding.add(recorded);
            // Only a fold of every event from the first is a state of the record (a clock that went back may leave
            // an event out of a moment while a later one is in it).
            boolean whole = recorded.sequenceNumber() == expected++;
            if (recorded.entry().storedAt().isAfter(storedUntil)) {
                storedUntil = recorded.entry().storedAt();
            }
            if (fromStoredState && whole && folding.storable() && (recorded.sequenceNumber() + 1) % every == 0) {
                ObjectNode state = json.valueToTree(folding);
                toStore.add(row(id, recorded, storedUntil, folding.aggregateType(), state, previous));
                previous = state;
            } else if (!whole) {
                fromStoredState = false;
            }
        }
        if (!toStore.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into folded_state (aggregate_identifier, fold_version, sequence_number, global_index,
                        stored_until, aggregate_type, state, appended)
                    values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
                    on conflict do nothing""", toStore);
        }
        return Optional.of(folding);
    }

    /**
     * The latest stored folding whose events all count at the moment, its lists gathered from the states before it.
     * Each row is read straight into a folding: a tree in between cost more than the events it saves reading.
     */
    private Start stored(String id, Moment moment) {
        List<Object[]> rows = jdbc.query("""
                        select sequence_number, stored_until, aggregate_type, state::text, appended::text
                        from folded_state
                        where aggregate_identifier = ? and fold_version = ? and\s""" + moment.statesUpTo() + """
                        
                        order by sequence_number""",
                (row, n) -> new Object[]{row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
                        row.getString(4), row.getString(5)},
                id, FOLD_VERSION, moment.value());
        Folds.Folding folding = null;
        for (Object[] row : rows) {
            Class<? extends Folds.Folding> type = Folds.stored((String) row[2]);
            if (type == null) {
                return null;
            }
            Folds.Folding part = json.readValue((String) row[3], type);
            if (folding != null && row[4] != null) {
                part.appendTo(folding, json.readTree((String) row[4]).propertyNames());
            }
            folding = part;
        }
        if (folding == null) {
            return null;
        }
        Object[] last = rows.get(rows.size() - 1);
        return new Start(folding, (Long) last[0], (Instant) last[1]);
    }

    /** A row of a stored state: whole, or as what its lists gained since the state stored before it. */
    private Object[] row(String id, Recorded recorded, Instant storedUntil, String type, ObjectNode state,
                         ObjectNode previous) {
        ObjectNode stored = state;
        ObjectNode appended = null;
        if (previous != null) {
            stored = state.deepCopy();
            appended = json.createObjectNode();
            for (Map.Entry<String, JsonNode> field : state.properties()) {
                JsonNode before = previous.get(field.getKey());
                if (field.getValue() instanceof ArrayNode now && before instanceof ArrayNode then
                        && startsWith(now, then)) {
                    ArrayNode gained = json.createArrayNode();
                    for (int i = then.size(); i < now.size(); i++) {
                        gained.add(now.get(i));
                    }
                    stored.set(field.getKey(), gained);
                    appended.put(field.getKey(), then.size());
                }
            }
        }
        return new Object[]{id, FOLD_VERSION, recorded.sequenceNumber(), recorded.entry().globalIndex(),
                Timestamp.from(storedUntil), type, json.writeValueAsString(stored),
                appended == null ? null : json.writeValueAsString(appended)};
    }

    private static boolean startsWith(ArrayNode list, ArrayNode prefix) {
        if (prefix.size() > list.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!prefix.get(i).equals(list.get(i))) {
                return false;
            }
        }
        return true;
    }

    private Recorded recorded(String aggregateType, String aggregateId, long sequenceNumber, long globalIndex,
                              String type, String revision, byte[] payload, byte[] metadata, Instant storedAt) {
        Object event = upcastPayload(aggregateType, aggregateId, sequenceNumber, type, revision, payload, storedAt);
        MetaData meta = metadata == null ? MetaData.emptyInstance() : events.deserialize(
                new SimpleSerializedObject<>(metadata, byte[].class, MetaData.class.getName(), null));
        String recordedAt = text(meta, CommandMetadata.RECORDED_AT);
        return new Recorded(sequenceNumber, event, new HistoryEntry(globalIndex, event.getClass().getSimpleName(),
                event.getClass().getSimpleName(), text(meta, CommandMetadata.ACTOR), text(meta, CommandMetadata.ROLE),
                text(meta, CommandMetadata.OFFICE), recordedAt == null ? null : InstantText.parse(recordedAt), storedAt,
                text(meta, CommandMetadata.CAUSATION_ID)));
    }

    /** The event as the current revision of its type reads it: an event of an earlier revision passes the upcasters. */
    private Object upcastPayload(String aggregateType, String aggregateId, long sequenceNumber, String type,
                                 String revision, byte[] payload, Instant storedAt) {
        DomainEventData<byte[]> stored = new GenericDomainEventEntry<>(aggregateType, aggregateId, sequenceNumber, "",
                storedAt, type, revision, payload, NO_METADATA);
        DomainEventStream upcast = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), events,
                axon.getObject().upcasterChain());
        return upcast.next().getPayload();
    }

    private static String text(MetaData metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
