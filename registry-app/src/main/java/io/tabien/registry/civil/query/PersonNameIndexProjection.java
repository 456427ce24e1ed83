package io.tabien.registry.civil.query;

import io.tabien.contracts.civil.BirthRecordChanges;
import io.tabien.contracts.civil.BirthRecordCorrected;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.FamilyBookIssued;
import io.tabien.contracts.civil.FamilyMemberAdded;
import io.tabien.contracts.civil.FamilyMemberRemoved;
import io.tabien.contracts.civil.Place;
import io.tabien.registry.platform.axon.RowsAtBatchEnd;
import io.tabien.registry.platform.text.Romanization;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The name index that person search reads ({@link PersonSearch}): each word of a person's names, as its romanization
 * key, with the person; and the dictionary of distinct words. Part of the person-registry processing group, so that
 * it is rebuilt with the register it indexes.
 * <p>
 * Each word row also says where the person was born and where their household is, when that is elsewhere
 * ({@link #area}), so that a registrar's search reads only the words of their area's persons. A correction replaces
 * the words of the names it changes. The dictionary keeps a word no name uses any more: it then matches no one, and a
 * rebuild, which sees the same events, keeps it too.
 * <p>
 * A birth's words are written with the batch ({@link RowsAtBatchEnd}), the batch's births in one statement for the
 * dictionary and one for the words rather than one per birth; a handler that changes a person's words writes them
 * first if the batch still keeps that person's.
 * <p>
 * Where a handler reads the register's tables, it leaves the same rows whether the register's projection has handled
 * the same event before it or not: the two may handle an event in either order.
 */
@Component
@ProcessingGroup(PersonRegistryProjection.NAME)
class PersonNameIndexProjection {

    /** Which of a person's names hold a word: a bit each, as {@code person_name_word.names} keeps them. */
    static final short GIVEN_NAME = 1;
    static final short FAMILY_NAME = 2;
    static final short GIVEN_NAME_LATIN = 4;
    static final short FAMILY_NAME_LATIN = 8;

    /** The area of the household the register holds a person in; the person's id is its parameter. */
    private static final String HOUSEHOLD_HELD = """
            select coalesce(h.district, h.province) from person_registry_membership m
            join person_registry_household h on h.family_book_id = m.family_book_id
            where m.person_id = ?""";

    /**
     * A word of a person's names, born in an area and in no household yet; a word the person has already, from a
     * name the change leaves, is then held by both names.
     */
    private static final String WORD = """
            insert into person_name_word (word, person_id, names, birth_area) values (?, ?, ?, ?)
            on conflict (word, person_id) do update set names = person_name_word.names | excluded.names""";

    /** A word for the dictionary, if it is new to it. */
    private static final String DICTIONARY_WORD = """
            insert into person_name_dictionary (word) values (?)
            on conflict do nothing""";

    private final JdbcTemplate jdbc;

    PersonNameIndexProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BirthRegistered event) {
        Words words = new Words();
        words.add(GIVEN_NAME, event.givenName());
        words.add(FAMILY_NAME, event.familyName());
        words.add(GIVEN_NAME_LATIN, event.givenNameLatin());
        words.add(FAMILY_NAME_LATIN, event.familyNameLatin());
        // The first event of a person's stream: a redelivery finds the same rows.
        keep(event.personId().value(), words, area(event.placeOfBirth()));
    }

    /** A word row's key: the person. */
    private static List<?> personOf(Object[] wordRow) {
        return List.of(wordRow[1]);
    }

    /**
     * Writes the words the batch keeps if the person's are among them, before a handler changes or reads the person's
     * words in the table; the dictionary's new words go with them.
     */
    private void writeKeptWordsOf(UUID person) {
        if (RowsAtBatchEnd.writeKept(jdbc, WORD, PersonNameIndexProjection::personOf, person)) {
            RowsAtBatchEnd.writeKept(jdbc, DICTIONARY_WORD);
        }
    }

    @EventHandler
    void on(BirthRecordCorrected event) {
        BirthRecordChanges changes = event.changes();
        UUID person = event.personId().value();
        writeKeptWordsOf(person);
        Words words = new Words();
        for (BirthRecordField field : changes.fields()) {
            switch (field) {
                case givenName -> words.replace(GIVEN_NAME, changes.givenName());
                case familyName -> words.replace(FAMILY_NAME, changes.familyName());
                case givenNameLatin -> words.replace(GIVEN_NAME_LATIN, changes.givenNameLatin());
                case familyNameLatin -> words.replace(FAMILY_NAME_LATIN, changes.familyNameLatin());
                default -> {
                }
            }
        }
        if (words.replaced != 0) {
            replace(person, words);
        }
        if (changes.fields().contains(BirthRecordField.placeOfBirth)) {
            // After the new words, which took the place the register held, whether or not it has this correction yet.
            jdbc.update("update person_name_word set birth_area = ? where person_id = ?",
                    area(changes.placeOfBirth()), person);
        }
        if (words.replaced != 0 || changes.fields().contains(BirthRecordField.placeOfBirth)) {
            // New words have no household yet, and a household left out as the area of birth may no longer be it.
            moveHome(person, HOUSEHOLD_HELD, person);
        }
    }

    @EventHandler
    void on(FamilyBookIssued event) {
        moveHome(event.headPersonId().value(), "?::text", area(event.address()));
    }

    @EventHandler
    void on(FamilyMemberAdded event) {
        moveHome(event.personId().value(),
                "select coalesce(district, province) from person_registry_household where family_book_id = ?",
                event.familyBookId().value());
    }

    /**
     * Leaving a household leaves the person in none, unless the register already holds them in another: a person is
     * in one household at a time, and the register's row for the household left may or may not be gone yet.
     */
    @EventHandler
    void on(FamilyMemberRemoved event) {
        moveHome(event.personId().value(), HOUSEHOLD_HELD + " and m.family_book_id <> ?",
                event.personId().value(), event.familyBookId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from person_name_word");
        jdbc.update("delete from person_name_dictionary");
    }

    /**
     * The area a place belongs to for search: its district where one was recorded, else its province; as
     * {@link PersonSearch} reads it.
     */
    static String area(Place place) {
        return place.district() != null ? place.district() : place.province();
    }

    /**
     * The person's household is now in the area the query {@code area} gives (null for none). Kept only where it is
     * not the area of birth, which finds the person there already; rows already saying so are not written again.
     */
    private void moveHome(UUID person, String area, Object... arguments) {
        writeKeptWordsOf(person);
        Object[] all = new Object[arguments.length + 1];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        all[arguments.length] = person;
        jdbc.update("""
                with home (area) as (select (%s))
                update person_name_word w set home_area = nullif(home.area, w.birth_area) from home
                where w.person_id = ? and w.home_area is distinct from nullif(home.area, w.birth_area)"""
                .formatted(area), all);
    }

    /**
     * A correction's new words, born where the register says the person was born, in place of the words of the names
     * it changes: a word only those names held goes, a word another name holds too stays for that name.
     */
    private void replace(UUID person, Words words) {
        jdbc.update("delete from person_name_word where person_id = ? and names & ~(?::smallint) = 0",
                person, words.replaced);
        jdbc.update("""
                update person_name_word set names = names & ~(?::smallint)
                where person_id = ? and names & ? <> 0""", words.replaced, person, words.replaced);
        PersonRegistryProjection.writeKeptBirthOf(jdbc, person);
        jdbc.queryForList("select coalesce(birth_district, birth_province) from person_registry where person_id = ?",
                        String.class, person)
                .forEach(born -> keep(person, words, born));
        // The rest of the correction changes the words in the table.
        writeKeptWordsOf(person);
    }

    /**
     * Keeps the person's words, born in the area given and in no household yet ({@link #moveHome} places them), and
     * those new to the dictionary, for the batch's end (written at once where the batch keeps no rows).
     */
    private void keep(UUID person, Words words, String birthArea) {
        words.names.forEach((word, names) -> {
            if (RowsAtBatchEnd.kept(jdbc, DICTIONARY_WORD, RowsAtBatchEnd::firstColumn, word).isEmpty()) {
                RowsAtBatchEnd.insert(jdbc, DICTIONARY_WORD, new Object[] {word});
            }
            RowsAtBatchEnd.insert(jdbc, WORD, new Object[] {word, person, names, birthArea});
        });
    }

    /**
     * The words of some of a person's names, each once with the names that hold it (one statement may not upsert a
     * row twice), and which names they replace.
     */
    private static final class Words {
        final Map<String, Short> names = new LinkedHashMap<>();
        short replaced;

        void add(short name, String text) {
            for (String word : Romanization.words(text)) {
                names.merge(word, name, (held, more) -> (short) (held | more));
            }
        }

        void replace(short name, String text) {
            replaced |= name;
            add(name, text);
        }
    }
}
