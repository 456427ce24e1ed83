package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Sex;
import io.tabien.registry.civil.CivilRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Committed facts about other civil records, for rules that span aggregates. Read inside the command's
 * transaction, from tables kept in step with the events by {@link CivilLookupUpdater}.
 */
@Component
class CivilLookups implements CivilRecords {

    record PersonFacts(LocalDate dateOfBirth, String birthProvince, String birthDistrict, LocalDate dateOfDeath) {

        boolean alive() {
            return dateOfDeath == null;
        }
    }

    record FamilyBookFacts(String province, String district, String bookNumber) {
    }

    private final JdbcTemplate jdbc;

    CivilLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PersonFacts> person(PersonId personId) {
        CivilLookupUpdater.writeKeptPerson(personId);
        return jdbc.query("""
                        select date_of_birth, birth_province, birth_district, date_of_death
                        from civil_person_lookup where person_id = ?""",
                (row, n) -> new PersonFacts(row.getObject(1, LocalDate.class), row.getString(2), row.getString(3),
                        row.getObject(4, LocalDate.class)),
                personId.value()).stream().findFirst();
    }

    @Override
    public Optional<CivilRecord> civilRecord(PersonId personId) {
        CivilLookupUpdater.writeKeptPerson(personId);
        return jdbc.query("select date_of_birth, sex, date_of_death from civil_person_lookup where person_id = ?",
                (row, n) -> new CivilRecord(row.getObject(1, LocalDate.class),
                        row.getString(2) == null ? null : Sex.valueOf(row.getString(2)),
                        row.getObject(3, LocalDate.class)),
                personId.value()).stream().findFirst();
    }

    Optional<FamilyBookFacts> familyBook(FamilyBookId familyBookId) {
        return jdbc.query("select province, district, book_number from civil_family_book_lookup where family_book_id = ?",
                (row, n) -> new FamilyBookFacts(row.getString(1), row.getString(2), row.getString(3)),
                familyBookId.value()).stream().findFirst();
    }

    Optional<FamilyBookId> householdOf(PersonId personId) {
        return jdbc.query("select family_book_id from civil_household_membership where person_id = ?",
                (row, n) -> new FamilyBookId(row.getObject(1, UUID.class)), personId.value()).stream().findFirst();
    }

    boolean bookNumberTaken(String district, String bookNumber) {
        Boolean taken = jdbc.queryForObject(
                "select exists(select 1 from civil_family_book_number where district = ? and book_number = ?)",
                Boolean.class, district, bookNumber);
        return Boolean.TRUE.equals(taken);
    }
}
