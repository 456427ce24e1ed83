package io.tabien.registry.platform.axon;

import io.tabien.registry.support.MigratedDatabase;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flags and the person registry, moved off the shared read-model processor, go on from where it had got to,
 * rather than rebuilding from the first event or skipping what it had not read yet.
 */
class HeavyReadModelsMigrationTest {

    private static final MigrationVersion BEFORE = MigrationVersion.fromVersion("67");
    private static final MigrationVersion SPLIT = MigrationVersion.fromVersion("68");
    private static final String TOKEN = "{\"index\":4711,\"gaps\":[4709]}";

    @Test
    void theHeavyReadModelsStartWhereTheSharedProcessorHadGot() throws Exception {
        try (MigratedDatabase database = MigratedDatabase.start()) {
            JdbcTemplate jdbc = database.jdbc();
            database.migrateTo(BEFORE);
            jdbc.update("""
                    insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)
                    values ('read-models', 0, ?, 'org.axonframework.eventhandling.GapAwareTrackingToken',
                        '2026-11-30T00:00:00Z', 'node-1')""", (Object) TOKEN.getBytes(StandardCharsets.UTF_8));

            database.migrateTo(SPLIT);

            List<Map<String, Object>> tokens = jdbc.queryForList("""
                    select processor_name, segment, convert_from(token, 'UTF8') as token, owner from token_entry
                    order by processor_name""");
            assertThat(tokens).extracting(row -> row.get("processor_name"))
                    .containsExactly("flags", "person-registry", "read-models");
            assertThat(tokens).allSatisfy(row -> {
                assertThat(row.get("segment")).isEqualTo(0);
                assertThat(row.get("token")).isEqualTo(TOKEN);
            });
            assertThat(tokens).filteredOn(row -> !"read-models".equals(row.get("processor_name")))
                    .allSatisfy(row -> assertThat(row.get("owner")).isNull());
        }
    }

    @Test
    void withoutAPositionOfTheSharedProcessorTheyReadFromTheFirstEvent() throws Exception {
        try (MigratedDatabase database = MigratedDatabase.start()) {
            JdbcTemplate jdbc = database.jdbc();
            database.migrateTo(BEFORE);

            database.migrateTo(SPLIT);

            assertThat(jdbc.queryForObject("select count(*) from token_entry", Long.class)).isZero();
        }
    }
}
