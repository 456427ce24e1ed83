package io.tabien.registry.civil.query;

import io.tabien.registry.support.MigratedDatabase;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A name index written with a row per name holding a word keeps one row per word and person, naming every name. */
class NameWordsOncePerPersonMigrationTest {

    private static final MigrationVersion BEFORE = MigrationVersion.fromVersion("83");
    private static final MigrationVersion ONCE_PER_PERSON = MigrationVersion.fromVersion("84");

    @Test
    void aWordHeldByTheLaoAndTheRomanizedNameBecomesOneRowNamingBoth() throws Exception {
        try (MigratedDatabase database = MigratedDatabase.start()) {
            JdbcTemplate jdbc = database.jdbc();
            database.migrateTo(BEFORE);
            UUID somsack = UUID.randomUUID();
            UUID bounmy = UUID.randomUUID();
            word(jdbc, "somsak", somsack, 1, "1501", "1502");
            word(jdbc, "somsak", somsack, 3, "1501", "1502");
            word(jdbc, "phomavong", somsack, 2, "1501", "1502");
            word(jdbc, "phomavong", somsack, 4, "1501", "1502");
            word(jdbc, "bounmi", bounmy, 3, "LA-VT", null);
            word(jdbc, "somsak", bounmy, 4, "LA-VT", null);

            database.migrateTo(ONCE_PER_PERSON);

            List<Map<String, Object>> rows = jdbc.queryForList("""
                    select word, person_id, names::int as names, birth_area, home_area from person_name_word
                    order by person_id = ? desc, word""", somsack);
            assertThat(rows).extracting(row -> List.of(row.get("word"), row.get("names"), row.get("birth_area"),
                    String.valueOf(row.get("home_area")))).containsExactly(
                    List.of("phomavong", 10, "1501", "1502"),
                    List.of("somsak", 5, "1501", "1502"),
                    List.of("bounmi", 4, "LA-VT", "null"),
                    List.of("somsak", 8, "LA-VT", "null"));
        }
    }

    private static void word(JdbcTemplate jdbc, String word, UUID person, int field, String birthArea,
                             String homeArea) {
        jdbc.update("""
                insert into person_name_word (word, person_id, field, birth_area, home_area)
                values (?, ?, ?, ?, ?)""", word, person, field, birthArea, homeArea);
    }
}
