package io.tabien.registry.flags.query;

import io.tabien.registry.platform.axon.EventPositions;
import io.tabien.registry.platform.axon.RowsAtBatchEnd;
import io.tabien.contracts.civil.BirthRecordCorrected;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.DuplicateBirthReviewed;
import io.tabien.contracts.flags.FlagReview;
import io.tabien.registry.platform.commands.CommandMetadata;
import io.tabien.contracts.civil.ParentReference;
import io.tabien.contracts.documents.Custodian;
import io.tabien.contracts.documents.PassportCustodyTransferred;
import io.tabien.contracts.documents.PassportIssued;
import io.tabien.contracts.documents.PassportReturnedToHolder;
import io.tabien.contracts.flags.FindFlags;
import io.tabien.contracts.flags.FindPersonFlags;
import io.tabien.contracts.flags.FlagReaders;
import io.tabien.contracts.flags.FlagView;
import io.tabien.registry.platform.text.NameFolding;
import io.tabien.registry.platform.reference.Jurisdiction;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The flags read model. Rules compare an event with what came before it, so this projection reads the store in
 * one segment, in global order: a replay then meets every event in the same state and raises the same flags. The
 * civil rules raise their flags from the birth events; the other rules' flags are judged over a person's facts by
 * {@link PersonFlags} whenever those change. Both are stored, so flags are read from the {@code flag} table alone.
 */
@Component
@ProcessingGroup(FlagsProjection.NAME)
class FlagsProjection implements EarlierBirths {

    static final String NAME = "flags";

    private final JdbcTemplate jdbc;
    private final List<BirthRule> birthRules;
    private final PersonFlags personFlags;
    private final Clock clock;

    FlagsProjection(JdbcTemplate jdbc, List<BirthRule> birthRules, PersonFlags personFlags, Clock clock) {
        this.jdbc = jdbc;
        this.birthRules = birthRules;
        this.personFlags = personFlags;
        this.clock = clock;
    }

    @EventHandler
    void on(BirthRegistered event, EventMessage<BirthRegistered> message) {
        ParentReference mother = event.mother();
        BirthRecord birth = new BirthRecord(event.personId().value(), EventPositions.of(jdbc, message),
                mother == null || mother.personId() == null ? null : mother.personId().value(),
                mother == null ? null : mother.name(), event.dateOfBirth(),
                event.givenName() + " " + event.familyName(),
                event.givenNameLatin() == null ? null : (event.givenNameLatin() + " "
                        + (event.familyNameLatin() == null ? "" : event.familyNameLatin())).strip(),
                event.placeOfBirth().province(), event.placeOfBirth().district(), message.getTimestamp());
        remember(birth);
        birthRules.forEach(rule -> rule.evaluate(birth, this).forEach(this::raise));
        personFlags.personChanged(birth.personId());
    }

    /** The columns a birth is kept in and read back from, in the order of {@link #REMEMBERED}'s row. */
    static final String REMEMBERED_COLUMNS = """
            person_id, global_index, mother_person_id, mother_name, date_of_birth, child_name, child_name_latin,
            birth_province, birth_district""";

    /** A birth kept for later births to be compared with: the row {@link #remember} writes. */
    private static final String REMEMBERED = """
            insert into flag_birth (%s, stored_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (person_id) do nothing""".formatted(REMEMBERED_COLUMNS);

    /** A written birth as {@link #REMEMBERED_COLUMNS} read it back, through the one mapping of a kept row. */
    static final RowMapper<BirthRecord> WRITTEN = (row, n) -> remembered(new Object[] {row.getObject(1, UUID.class),
            row.getLong(2), row.getObject(3, UUID.class), row.getString(4), row.getObject(5, LocalDate.class),
            row.getString(6), row.getString(7), row.getString(8), row.getString(9)});

    /**
     * Keeps a birth for later births to be compared with, written with the batch ({@link RowsAtBatchEnd}): the
     * births of the batch not written yet are compared from memory. The mother's name is kept folded, as
     * {@link #ofMother} looks it up; the children's names as entered, since the rules fold them when they compare.
     */
    void remember(BirthRecord birth) {
        Object[] row = {birth.personId(), birth.globalIndex(), birth.motherPersonId(),
                NameFolding.fold(birth.motherName()), birth.dateOfBirth(), birth.childName(), birth.childNameLatin(),
                birth.birthProvince(), birth.birthDistrict(), Timestamp.from(birth.registeredAt())};
        RowsAtBatchEnd.insert(jdbc, REMEMBERED, row);
    }

    /**
     * A review of two flagged births closes the flag raised on the later one, and shows the decision, its reason and
     * who took it; a second review of the pair leaves the first in place.
     */
    @EventHandler
    void on(DuplicateBirthReviewed event, EventMessage<DuplicateBirthReviewed> message,
            @MetaDataValue(CommandMetadata.ACTOR) String actor) {
        Timestamp reviewedAt = Timestamp.from(message.getTimestamp());
        jdbc.update("""
                        update flag set cleared_at = ?, review_decision = ?, review_reason = ?, reviewed_by = ?,
                            reviewed_at = ?
                        where id = ? and cleared_at is null""",
                reviewedAt, event.decision().name(), event.reason(), actor, reviewedAt,
                PossibleDuplicateBirth.flagId(event.laterPersonId().value(), event.earlierPersonId().value()));
    }

    /** Later rules read the civil record as corrected; the births already compared keep their flags. */
    @EventHandler
    void on(BirthRecordCorrected event) {
        RowsAtBatchEnd.writeKept(jdbc, REMEMBERED);
        WrittenBirthsOfBatch.forget();
        var changes = event.changes();
        if (changes.changes(BirthRecordField.dateOfBirth)) {
            jdbc.update("update flag_birth set date_of_birth = ? where person_id = ?", changes.dateOfBirth(),
                    event.personId().value());
        }
        if (changes.changes(BirthRecordField.placeOfBirth)) {
            jdbc.update("update flag_birth set birth_province = ?, birth_district = ? where person_id = ?",
                    changes.placeOfBirth().province(), changes.placeOfBirth().district(), event.personId().value());
        }
        if (changes.changes(BirthRecordField.dateOfBirth) || changes.changes(BirthRecordField.placeOfBirth)) {
            personFlags.personChanged(event.personId().value());
        }
    }

    @EventHandler
    void on(PassportIssued event) {
        jdbc.update("""
                        insert into flag_passport (passport_id, holder_person_id, passport_number) values (?, ?, ?)
                        on conflict (passport_id) do nothing""",
                event.passportId().value(), event.holderPersonId().value(), event.passportNumber());
    }

    @EventHandler
    void on(PassportCustodyTransferred event, EventMessage<PassportCustodyTransferred> message) {
        long index = EventPositions.of(jdbc, message);
        endCustody(event.passportId().value(), message, index);
        if (event.custodian() != Custodian.HOLDER) {
            jdbc.update("""
                            insert into flag_custody_episode (passport_id, global_index, custodian, custodian_name,
                                holder_consent, since, started_at, country)
                            values (?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict do nothing""",
                    event.passportId().value(), index, event.custodian().name(), event.custodianName(),
                    event.holderConsent(), event.since(), Timestamp.from(message.getTimestamp()), event.country());
        }
        personFlags.passportChanged(event.passportId().value());
    }

    @EventHandler
    void on(PassportReturnedToHolder event, EventMessage<PassportReturnedToHolder> message) {
        endCustody(event.passportId().value(), message, EventPositions.of(jdbc, message));
        personFlags.passportChanged(event.passportId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from flag");
        jdbc.update("delete from flag_birth");
        jdbc.update("delete from flag_passport");
        jdbc.update("delete from flag_custody_episode");
    }

    private void endCustody(UUID passport, EventMessage<?> message, long index) {
        jdbc.update("""
                        update flag_custody_episode set ended_at = ?, ended_by = ?
                        where passport_id = ? and ended_at is null and global_index < ?""",
                Timestamp.from(message.getTimestamp()), index, passport, index);
    }

    /**
     * The earlier births answered carry the mother's name folded, as it is kept, and those of the batch being handled
     * come from memory, as the statement would find them once written. Those recorded after the birth are left out
     * here rather than in the query: a bound on the newest positions sends the planner to the end of the position
     * index for the column's real range at every execution, which after a rebuild's deletions walks every dead entry
     * there and cost more than the rest of the rule.
     */
    @Override
    public List<BirthRecord> ofMother(UUID motherPersonId, String motherName, LocalDate bornFrom, LocalDate bornTo,
                                      long beforeGlobalIndex) {
        String folded = NameFolding.fold(motherName);
        List<BirthRecord> births = new ArrayList<>(WrittenBirthsOfBatch.ofMother(jdbc, motherPersonId, folded,
                bornFrom, bornTo).orElseGet(() -> jdbc.query("""
                        select %s
                        from flag_birth
                        where date_of_birth between ? and ?
                          and (mother_person_id = ? or (mother_name <> '' and mother_name = ?))
                        order by global_index""".formatted(REMEMBERED_COLUMNS),
                WRITTEN, bornFrom, bornTo, motherPersonId, folded)));
        // The batch's births come after every written one, and in order of position: so is the answer.
        WrittenBirthsOfBatch.mothers(motherPersonId, folded).stream()
                .flatMap(mother -> RowsAtBatchEnd.kept(jdbc, REMEMBERED, FlagsProjection::mothersOf, mother).stream())
                .distinct()
                .sorted(Comparator.comparingLong(row -> (long) row[1]))
                .map(FlagsProjection::remembered)
                .filter(kept -> !kept.dateOfBirth().isBefore(bornFrom) && !kept.dateOfBirth().isAfter(bornTo))
                .forEach(births::add);
        return births.stream().filter(birth -> birth.globalIndex() < beforeGlobalIndex).toList();
    }

    /** A kept birth's mother, by the keys {@link WrittenBirthsOfBatch#mothers} gives. */
    private static List<Object> mothersOf(Object[] row) {
        return WrittenBirthsOfBatch.mothers((UUID) row[2], (String) row[3]);
    }

    /** A birth from a row in {@link #REMEMBERED}'s order of columns; when it was stored is not read back. */
    private static BirthRecord remembered(Object[] row) {
        return new BirthRecord((UUID) row[0], (long) row[1], (UUID) row[2], (String) row[3], (LocalDate) row[4],
                (String) row[5], (String) row[6], (String) row[7], (String) row[8], null);
    }

    /**
     * Readers see the flags of the records they may read: a registrar those filed under their office's area, an
     * attaché those of the records of their country (the civil and return flags belong to no country). Newest first,
     * as one range of an index that serves the reader's scope and the order.
     */
    @QueryHandler
    List<FlagView> handle(FindFlags query) {
        LocalDate asOf = query.asOf() == null ? LocalDate.now(clock) : query.asOf();
        Instant endOfDay = endOf(asOf);
        StringBuilder sql = new StringBuilder("select * from flag where " + LISTED);
        List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(endOfDay), asOf));
        if (endOfDay.isAfter(clock.instant())) {
            // Every flag raised by its event was raised by now, so on a day not yet over every listed flag was raised
            // before its end: a bound the index can start its newest-first range at, past the flags not yet due.
            sql.append(" and raised_at < ?");
            arguments.add(Timestamp.from(endOfDay));
        }
        if (query.category() != null) {
            sql.append(" and category = ?");
            arguments.add(query.category());
        }
        if (query.rule() != null) {
            sql.append(" and rule = ?");
            arguments.add(query.rule());
        }
        if (query.province() != null) {
            sql.append(" and province = ?");
            arguments.add(query.province());
        }
        if (query.open() != null) {
            sql.append(query.open() ? " and " + OPEN : " and not " + OPEN);
            arguments.add(Timestamp.from(endOfDay));
        }
        FlagReaders readers = query.readers();
        if (readers.jurisdiction() != null) {
            sql.append(new Jurisdiction(readers.jurisdiction()).isProvince() ? " and province = ?" : " and district = ?");
            arguments.add(readers.jurisdiction());
        }
        if (readers.country() != null) {
            sql.append(" and country = ?");
            arguments.add(readers.country());
        }
        sql.append(" order by raised_at desc, order_key limit ?");
        arguments.add(query.limit());
        return jdbc.query(sql.toString(), (row, n) -> flag(row, endOfDay), arguments.toArray());
    }

    /**
     * A registrar sees all flags of a person born or living in their office's area, and none of anyone else's; an
     * attaché those of the person's records in their country. Oldest first.
     */
    @QueryHandler
    List<FlagView> handle(FindPersonFlags query) {
        FlagReaders readers = query.readers();
        if (readers.jurisdiction() != null
                && !bornOrLivingIn(query.personId(), new Jurisdiction(readers.jurisdiction()))) {
            return List.of();
        }
        LocalDate asOf = query.asOf() == null ? LocalDate.now(clock) : query.asOf();
        Instant endOfDay = endOf(asOf);
        List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(endOfDay), asOf, query.personId()));
        if (readers.country() != null) {
            arguments.add(readers.country());
        }
        return jdbc.query("select * from flag where " + LISTED + " and person_id = ?"
                        + (readers.country() == null ? "" : " and country = ?")
                        + " order by raised_at, order_key desc",
                (row, n) -> flag(row, endOfDay), arguments.toArray());
    }

    /**
     * Which flags a list as of a day shows (parameters: the end of the day, the day): a flag raised by its event
     * whatever the day, as it always was; a flag judged over facts if it was raised (became due) before the day ends,
     * and on or after the first day it is listed on.
     */
    private static final String LISTED = """
            (not from_facts or (raised_at < ? and (listed_from is null or listed_from <= ?)))""";

    /** Whether a flag is open at the end of the day (parameter): one judged over facts if cleared only after it. */
    private static final String OPEN = "(cleared_at is null or (from_facts and cleared_at >= ?))";

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** Whether the person was born in the area or lives in a household there, as the person registry shows them. */
    private boolean bornOrLivingIn(UUID person, Jurisdiction area) {
        String column = area.isProvince() ? "province" : "district";
        Boolean within = jdbc.queryForObject("""
                        select exists(select 1 from flag_birth where person_id = ? and birth_%1$s = ?)
                            or exists(select 1 from flag_membership m
                                      join flag_household h on h.family_book_id = m.family_book_id
                                      where m.person_id = ? and h.%1$s = ?)""".formatted(column),
                Boolean.class, person, area.office(), person, area.office());
        return Boolean.TRUE.equals(within);
    }

    private void raise(RaisedFlag flag) {
        jdbc.update("""
                        insert into flag (id, rule, category, person_id, subject_id, province, district, raised_at,
                            reason, evidence, order_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do nothing""",
                ps -> {
                    PersonFlags.bindRaised(ps, flag);
                    ps.setString(9, flag.reason());
                    ps.setArray(10, ps.getConnection().createArrayOf("bigint", flag.evidence().toArray()));
                    ps.setObject(11, PersonFlags.orderKey(flag.id()));
                });
    }

    /** The flag as it stands at {@code endOfDay}: one judged over facts and cleared only later is shown open. */
    private static FlagView flag(ResultSet row, Instant endOfDay) throws SQLException {
        Timestamp stored = row.getTimestamp("cleared_at");
        Instant cleared = stored == null || (row.getBoolean("from_facts") && !stored.toInstant().isBefore(endOfDay))
                ? null : stored.toInstant();
        Array evidence = row.getArray("evidence");
        return new FlagView(
                row.getObject("id", UUID.class),
                row.getString("rule"),
                row.getString("category"),
                row.getObject("person_id", UUID.class),
                row.getObject("subject_id", UUID.class),
                row.getString("province"),
                row.getTimestamp("raised_at").toInstant(),
                cleared,
                row.getString("reason"),
                Arrays.stream((Long[]) evidence.getArray()).toList(),
                row.getString("review_decision") == null ? null : new FlagReview(row.getString("review_decision"),
                        row.getString("review_reason"), row.getString("reviewed_by"),
                        row.getTimestamp("reviewed_at").toInstant()));
    }
}
