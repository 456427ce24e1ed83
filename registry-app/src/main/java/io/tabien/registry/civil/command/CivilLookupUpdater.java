package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.BirthRecordCorrected;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.DeathRegistered;
import io.tabien.contracts.civil.FamilyBookIssued;
import io.tabien.contracts.civil.FamilyBookReplaced;
import io.tabien.contracts.civil.FamilyMemberAdded;
import io.tabien.contracts.civil.FamilyMemberRemoved;
import io.tabien.contracts.civil.PersonId;
import io.tabien.registry.platform.commands.CommandBatch;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps the civil lookups in step with the events, in the same transaction that appends them: a subscribing
 * processor whose failures roll the command back. The tables' keys stop two concurrent commands from both
 * claiming a book number or a person's membership.
 */
@Component
@ProcessingGroup(CivilLookupUpdater.NAME)
class CivilLookupUpdater {

    static final String NAME = "civil-lookups";

    /** The births' rows a batch of commands keeps to its end. */
    private static final Object PERSONS = new Object();
    private static final String PERSON = """
            insert into civil_person_lookup (person_id, date_of_birth, birth_province, birth_district, sex)
            values (?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    CivilLookupUpdater(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * In a batch of commands, the births' rows are written together at its end, or before a read or a change of one of
     * them ({@link #writeKeptPerson}).
     */
    @EventHandler
    void on(BirthRegistered event) {
        Object[] row = {event.personId().value(), event.dateOfBirth(), event.placeOfBirth().province(),
                event.placeOfBirth().district(), event.sex().name()};
        if (!CommandBatch.writeLater(PERSONS, List.<Object[]>of(row), rows -> jdbc.batchUpdate(PERSON, rows))) {
            jdbc.update(PERSON, row);
        }
    }

    /** Writes the person's row if a batch of commands still keeps it, so that it is read or changed as recorded. */
    static void writeKeptPerson(PersonId personId) {
        CommandBatch.<Object[]>writeDeferred(PERSONS, row -> row[0].equals(personId.value()));
    }

    @EventHandler
    void on(BirthRecordCorrected event) {
        writeKeptPerson(event.personId());
        var changes = event.changes();
        if (changes.changes(BirthRecordField.dateOfBirth)) {
            jdbc.update("update civil_person_lookup set date_of_birth = ? where person_id = ?",
                    changes.dateOfBirth(), event.personId().value());
        }
        if (changes.changes(BirthRecordField.sex)) {
            jdbc.update("update civil_person_lookup set sex = ? where person_id = ?",
                    changes.sex().name(), event.personId().value());
        }
        if (changes.changes(BirthRecordField.placeOfBirth)) {
            jdbc.update("update civil_person_lookup set birth_province = ?, birth_district = ? where person_id = ?",
                    changes.placeOfBirth().province(), changes.placeOfBirth().district(), event.personId().value());
        }
    }

    @EventHandler
    void on(DeathRegistered event) {
        writeKeptPerson(event.personId());
        jdbc.update("update civil_person_lookup set date_of_death = ? where person_id = ?",
                event.dateOfDeath(), event.personId().value());
    }

    @EventHandler
    void on(FamilyBookIssued event) {
        jdbc.update("""
                        insert into civil_family_book_lookup (family_book_id, province, district, book_number)
                        values (?, ?, ?, ?)""",
                event.familyBookId().value(), event.address().province(), event.address().district(),
                event.bookNumber());
        claimNumber(event.address().district(), event.bookNumber(), event);
        jdbc.update("insert into civil_household_membership (person_id, family_book_id) values (?, ?)",
                event.headPersonId().value(), event.familyBookId().value());
    }

    @EventHandler
    void on(FamilyMemberAdded event) {
        jdbc.update("insert into civil_household_membership (person_id, family_book_id) values (?, ?)",
                event.personId().value(), event.familyBookId().value());
    }

    @EventHandler
    void on(FamilyMemberRemoved event) {
        jdbc.update("delete from civil_household_membership where person_id = ? and family_book_id = ?",
                event.personId().value(), event.familyBookId().value());
    }

    @EventHandler
    void on(FamilyBookReplaced event) {
        String district = jdbc.queryForObject(
                "select district from civil_family_book_lookup where family_book_id = ?", String.class,
                event.familyBookId().value());
        jdbc.update("update civil_family_book_lookup set book_number = ? where family_book_id = ?",
                event.newBookNumber(), event.familyBookId().value());
        jdbc.update("insert into civil_family_book_number (district, book_number, family_book_id) values (?, ?, ?)",
                district, event.newBookNumber(), event.familyBookId().value());
    }

    private void claimNumber(String district, String bookNumber, FamilyBookIssued event) {
        jdbc.update("insert into civil_family_book_number (district, book_number, family_book_id) values (?, ?, ?)",
                district, bookNumber, event.familyBookId().value());
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** In the command's own thread and transaction; an error here refuses the command. */
        @Bean
        ConfigurerModule civilLookupsProcessor() {
            return configurer -> configurer.eventProcessing(processing -> processing
                    .registerSubscribingEventProcessor(NAME)
                    .registerListenerInvocationErrorHandler(NAME, configuration -> PropagatingErrorHandler.instance()));
        }
    }
}
