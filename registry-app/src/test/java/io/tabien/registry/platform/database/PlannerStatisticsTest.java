package io.tabien.registry.platform.database;

import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A table that doubled since its statistics were taken is analysed again within seconds, not
 * when autovacuum next looks; one that barely changed is left alone. The registry's role owns no table, so it asks
 * through the function the schema's owner gave it.
 */
class PlannerStatisticsTest extends IntegrationTest {

    @AfterEach
    void dropTables() {
        superuser().execute("drop table if exists planner_statistics_grown, planner_statistics_steady");
    }

    @Test
    void aTableThatGrewIsAnalysedAgainAndOneThatBarelyChangedIsNot() {
        JdbcTemplate owner = superuser();
        owner.execute("create table planner_statistics_grown (n int)");
        owner.execute("create table planner_statistics_steady (n int)");
        owner.update("insert into planner_statistics_steady select generate_series(1, 10)");

        owner.update("insert into planner_statistics_grown select generate_series(1, 5000)");

        await().atMost(Duration.ofSeconds(30)).until(() -> lastAnalyzed("planner_statistics_grown") != null);
        assertThat(lastAnalyzed("planner_statistics_steady")).isNull();
        assertThat(jdbc.queryForObject("""
                select reltuples from pg_class where oid = 'planner_statistics_grown'::regclass""", Float.class))
                .isEqualTo(5000f);
    }

    private Timestamp lastAnalyzed(String table) {
        return jdbc.queryForObject("select last_analyze from pg_stat_user_tables where relname = ?",
                Timestamp.class, table);
    }
}
