package io.tabien.registry.flags.query;

import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.ParentReference;
import io.tabien.registry.platform.axon.RowsAtBatchEnd;
import io.tabien.registry.platform.text.NameFolding;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The written births that the births of a batch are compared with, read in one statement for the whole batch rather
 * than one per birth. When the first birth of a batch asks for its mother's earlier births, those of every mother the
 * batch's births name (by person id and by folded name) are read at once, each within the days around her births in
 * the batch; the batch's later births are answered from them. Only while the batch keeps its own births until it
 * ends ({@link RowsAtBatchEnd}), so that no birth is written meanwhile; a correction, which changes written births,
 * {@link #forget}s them. A question they do not cover (another mother, days outside those read) is not answered here.
 */
final class WrittenBirthsOfBatch {

    private static final String RESOURCE = WrittenBirthsOfBatch.class.getName();

    /**
     * For each mother, by person id or by folded name: the days read around her births in the batch, as spans that
     * neither overlap nor touch, by their first day.
     */
    private final Map<Object, NavigableMap<LocalDate, Days>> readByMother;
    /** For each mother: her births written within those days, by date of birth. */
    private final Map<Object, NavigableMap<LocalDate, List<BirthRecord>>> writtenByMother;

    private WrittenBirthsOfBatch(Map<Object, NavigableMap<LocalDate, Days>> readByMother,
                                 Map<Object, NavigableMap<LocalDate, List<BirthRecord>>> writtenByMother) {
        this.readByMother = readByMother;
        this.writtenByMother = writtenByMother;
    }

    /**
     * The written births of the mother (by person id, or by her folded name where it is not empty) born within the
     * days, in order of position; empty if the batch being handled does not answer it.
     */
    static Optional<List<BirthRecord>> ofMother(JdbcTemplate jdbc, UUID motherPersonId, String foldedMotherName,
                                                LocalDate bornFrom, LocalDate bornTo) {
        if (!RowsAtBatchEnd.keepsRows() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            return Optional.empty();
        }
        long span = ChronoUnit.DAYS.between(bornFrom, bornTo);
        WrittenBirthsOfBatch written = batch.getOrComputeResource(RESOURCE, key -> read(jdbc, batch, span));
        Days asked = new Days(bornFrom, bornTo);
        Map<UUID, BirthRecord> births = new HashMap<>();
        for (Object mother : mothers(motherPersonId, foldedMotherName)) {
            var read = written.readByMother.getOrDefault(mother, Collections.emptyNavigableMap()).floorEntry(bornFrom);
            if (read == null || !read.getValue().cover(asked)) {
                return Optional.empty();
            }
            written.writtenByMother.getOrDefault(mother, Collections.emptyNavigableMap())
                    .subMap(bornFrom, true, bornTo, true).values()
                    .forEach(onDay -> onDay.forEach(birth -> births.putIfAbsent(birth.personId(), birth)));
        }
        return Optional.of(births.values().stream().sorted(Comparator.comparingLong(BirthRecord::globalIndex))
                .toList());
    }

    /** Written births changed: the batch's later births read them again. */
    static void forget() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().resources().remove(RESOURCE);
        }
    }

    /** A mother's keys: her person id and her folded name, as far as the birth names her. */
    static List<Object> mothers(UUID motherPersonId, String foldedMotherName) {
        List<Object> mothers = new ArrayList<>(2);
        if (motherPersonId != null) {
            mothers.add(motherPersonId);
        }
        if (foldedMotherName != null && !foldedMotherName.isEmpty()) {
            mothers.add(foldedMotherName);
        }
        return mothers;
    }

    /**
     * Every mother of the batch's births with the days around each of their dates of birth (as many days either side
     * as the question spans, so that any question of that span about one of them is covered), and her births written
     * within them. A common name names many mothers: the days are read around each birth, not from the earliest to
     * the latest, so that her name does not read a country's births of decades.
     */
    private static WrittenBirthsOfBatch read(JdbcTemplate jdbc, BatchingUnitOfWork<?> batch, long span) {
        Map<Object, List<Days>> daysByMother = new HashMap<>();
        for (Object message : batch.getMessages()) {
            if (message instanceof EventMessage<?> event && BirthRegistered.class.equals(event.getPayloadType())) {
                BirthRegistered birth = (BirthRegistered) event.getPayload();
                ParentReference mother = birth.mother();
                if (mother == null) {
                    continue;
                }
                Days days = new Days(birth.dateOfBirth().minusDays(span), birth.dateOfBirth().plusDays(span));
                for (Object key : mothers(mother.personId() == null ? null : mother.personId().value(),
                        NameFolding.fold(mother.name()))) {
                    daysByMother.computeIfAbsent(key, k -> new ArrayList<>()).add(days);
                }
            }
        }
        Map<Object, NavigableMap<LocalDate, Days>> readByMother = new HashMap<>();
        daysByMother.forEach((mother, allDays) -> readByMother.put(mother, joined(allDays)));
        Lookups byId = new Lookups();
        Lookups byName = new Lookups();
        readByMother.forEach((mother, allDays) -> allDays.values().forEach(days ->
                (mother instanceof UUID ? byId : byName).add(mother, days)));
        Map<Object, NavigableMap<LocalDate, List<BirthRecord>>> writtenByMother = new HashMap<>();
        Set<UUID> found = new HashSet<>();
        jdbc.query(connection -> {
            // Each mother's days are looked up in the index, one after another (the subqueries are kept apart from
            // the list by "offset 0"): joined as a whole, a common name's estimate sends the planner to a hash join
            // over every written birth, a scan per batch that cost ten times the lookups.
            var statement = connection.prepareStatement("""
                    select b.* from unnest(?::uuid[], ?::date[], ?::date[]) as q (mother, born_from, born_to)
                    cross join lateral (
                        select %1$s from flag_birth
                        where mother_person_id = q.mother and date_of_birth between q.born_from and q.born_to
                        offset 0) b
                    union all
                    select b.* from unnest(?::text[], ?::date[], ?::date[]) as q (mother, born_from, born_to)
                    cross join lateral (
                        select %1$s from flag_birth
                        where mother_name <> '' and mother_name = q.mother
                          and date_of_birth between q.born_from and q.born_to
                        offset 0) b""".formatted(FlagsProjection.REMEMBERED_COLUMNS));
            byId.bind(statement, 1, "uuid");
            byName.bind(statement, 4, "text");
            return statement;
        }, (RowCallbackHandler) row -> {
            BirthRecord birth = FlagsProjection.WRITTEN.mapRow(row, 0);
            // Found by her person id and by her name, a birth is kept once.
            if (!found.add(birth.personId())) {
                return;
            }
            for (Object mother : mothers(birth.motherPersonId(), birth.motherName())) {
                if (readByMother.containsKey(mother)) {
                    writtenByMother.computeIfAbsent(mother, k -> new TreeMap<>())
                            .computeIfAbsent(birth.dateOfBirth(), day -> new ArrayList<>(1)).add(birth);
                }
            }
        });
        return new WrittenBirthsOfBatch(readByMother, writtenByMother);
    }

    /**
     * The days, joined where they overlap or touch: many births of a batch name one common name, and each day is then
     * read once rather than once for each of them.
     */
    private static NavigableMap<LocalDate, Days> joined(List<Days> allDays) {
        NavigableMap<LocalDate, Days> joined = new TreeMap<>();
        Days current = null;
        for (Days days : allDays.stream().sorted(Comparator.comparing(Days::from)).toList()) {
            if (current != null && !days.from().isAfter(current.to().plusDays(1))) {
                current = new Days(current.from(), days.to().isAfter(current.to()) ? days.to() : current.to());
            } else {
                if (current != null) {
                    joined.put(current.from(), current);
                }
                current = days;
            }
        }
        if (current != null) {
            joined.put(current.from(), current);
        }
        return joined;
    }

    /** The mothers of one kind of key with the days to read for each: the three arrays a lookup unnests. */
    private static final class Lookups {
        private final List<Object> mothers = new ArrayList<>();
        private final List<Date> from = new ArrayList<>();
        private final List<Date> to = new ArrayList<>();

        void add(Object mother, Days days) {
            mothers.add(mother);
            from.add(Date.valueOf(days.from()));
            to.add(Date.valueOf(days.to()));
        }

        void bind(PreparedStatement statement, int first, String motherType) throws SQLException {
            Connection connection = statement.getConnection();
            statement.setArray(first, connection.createArrayOf(motherType, mothers.toArray()));
            statement.setArray(first + 1, connection.createArrayOf("date", from.toArray()));
            statement.setArray(first + 2, connection.createArrayOf("date", to.toArray()));
        }
    }

    /** Days from one to another, both included. */
    private record Days(LocalDate from, LocalDate to) {

        boolean cover(Days days) {
            return !days.from.isBefore(from) && !days.to.isAfter(to);
        }
    }
}
