package io.tabien.registry.civil.query;

import io.tabien.registry.support.MigratedDatabase;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A name index written before it was kept by area learns each person's areas from the register it indexes. */
class NameWordsByAreaMigrationTest {

    private static final MigrationVersion BEFORE = MigrationVersion.fromVersion("81");
    private static final MigrationVersion BY_AREA = MigrationVersion.fromVersion("82");

    @Test
    void theWordsOfEachPersonTakeTheirPlaceOfBirthAndTheirHouseholdsPlaceWhereItIsAnother() throws Exception {
        try (MigratedDatabase database = MigratedDatabase.start()) {
            JdbcTemplate jdbc = database.jdbc();
            database.migrateTo(BEFORE);
            UUID bornInADistrict = person(jdbc, "somsack", "LA-XE", "1501");
            UUID bornInAProvince = person(jdbc, "bounthan", "LA-VT", null);
            household(jdbc, bornInAProvince, "1502");
            // Living where born: the birth area finds the person there already.
            household(jdbc, bornInADistrict, "1501");

            database.migrateTo(BY_AREA);

            List<Map<String, Object>> words = jdbc.queryForList(
                    "select word, birth_area, home_area from person_name_word order by word");
            assertThat(words).containsExactly(
                    Map.of("word", "bounthan", "birth_area", "LA-VT", "home_area", "1502"),
                    row("somsack", "1501"));
            assertThat(jdbc.queryForObject("select count(*) from person_name_word where person_id = ?", Long.class,
                    bornInADistrict)).isEqualTo(1);
        }
    }

    private static Map<String, Object> row(String word, String birthArea) {
        Map<String, Object> row = new HashMap<>();
        row.put("word", word);
        row.put("birth_area", birthArea);
        row.put("home_area", null);
        return row;
    }

    private static void household(JdbcTemplate jdbc, UUID member, String district) {
        UUID book = UUID.randomUUID();
        jdbc.update("insert into person_registry_household (family_book_id, province, district) values (?, ?, ?)",
                book, "LA-XE", district);
        jdbc.update("insert into person_registry_membership (person_id, family_book_id) values (?, ?)", member, book);
    }

    private static UUID person(JdbcTemplate jdbc, String word, String province, String district) {
        UUID person = UUID.randomUUID();
        jdbc.update("""
                insert into person_registry (person_id, given_name, family_name, sex, date_of_birth, birth_province,
                    birth_district, late_registration, registered_at)
                values (?, ?, 'x', 'F', date '1990-01-01', ?, ?, false, now())""", person, word, province, district);
        jdbc.update("insert into person_name_word (word, person_id, field) values (?, ?, 1)", word, person);
        return person;
    }
}
