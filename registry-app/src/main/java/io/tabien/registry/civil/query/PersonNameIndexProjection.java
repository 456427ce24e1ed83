package io.tabien.registry.civil.query;

import io.tabien.contracts.civil.BirthRecordChanges;
import io.tabien.contracts.civil.BirthRecordCorrected;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.registry.platform.text.Romanization;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The name index that person search reads ({@link PersonSearch}): each word of a person's names, as its romanization
 * key, with the person; and the dictionary of distinct words. Part of the person-registry processing group, so that
 * it is rebuilt with the register it indexes.
 * <p>
 * A correction replaces the words of the names it changes. The dictionary keeps a word no name uses any more: it then
 * matches no one, and a rebuild, which sees the same events, keeps it too.
 */
@Component
@ProcessingGroup(PersonRegistryProjection.NAME)
class PersonNameIndexProjection {

    static final short GIVEN_NAME = 1;
    static final short FAMILY_NAME = 2;
    static final short GIVEN_NAME_LATIN = 3;
    static final short FAMILY_NAME_LATIN = 4;

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
        write(event.personId().value(), words);
    }

    @EventHandler
    void on(BirthRecordCorrected event) {
        BirthRecordChanges changes = event.changes();
        UUID person = event.personId().value();
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
        if (words.replaced.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "delete from person_name_word where person_id = ? and field = any (?)");
            statement.setObject(1, person);
            statement.setArray(2, connection.createArrayOf("smallint", words.replaced.toArray()));
            return statement;
        });
        write(person, words);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from person_name_word");
        jdbc.update("delete from person_name_dictionary");
    }

    /** One statement: the person's words, and those new to the dictionary (in one order, so writers never cross). */
    private void write(UUID person, Words words) {
        if (words.words.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    with words (word, field) as (select * from unnest(?::text[], ?::smallint[])),
                    dictionary as (
                        insert into person_name_dictionary (word)
                        select distinct word from words order by word
                        on conflict do nothing)
                    insert into person_name_word (word, person_id, field)
                    select word, ?, field from words
                    on conflict do nothing""");
            statement.setArray(1, connection.createArrayOf("text", words.words.toArray()));
            statement.setArray(2, connection.createArrayOf("smallint", words.fields.toArray()));
            statement.setObject(3, person);
            return statement;
        });
    }

    /** The words of some of a person's names, and which names they replace. */
    private static final class Words {
        final List<String> words = new ArrayList<>();
        final List<Short> fields = new ArrayList<>();
        final List<Short> replaced = new ArrayList<>();

        void add(short field, String name) {
            for (String word : Romanization.words(name)) {
                words.add(word);
                fields.add(field);
            }
        }

        void replace(short field, String name) {
            replaced.add(field);
            add(field, name);
        }
    }
}
