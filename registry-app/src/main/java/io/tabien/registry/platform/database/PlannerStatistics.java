package io.tabien.registry.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the planner's statistics of the registry's tables in step with their growth. PostgreSQL's own autovacuum
 * looks once a minute; a rebuild or a burst of registrations grows a read model from nothing within that minute,
 * and every statement meanwhile is planned for an empty table: a join reads a whole table per call where an index
 * lookup would do, and stays so for as long as the server keeps the plan. Every few seconds the tables changed by
 * as many rows as they held when they were last analysed (and by a thousand at least) are analysed again: a table is
 * analysed each time it doubles, a number of times that grows with the logarithm of its size, and the planner's
 * idea of a table's size is never off by more than half.
 */
@Component
class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);
    private static final long MINIMUM_CHANGES = 1_000;
    private static final float SHARE_OF_ROWS = 1f;

    private final JdbcTemplate jdbc;
    private boolean failing;

    PlannerStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = TimeUnit.SECONDS)
    void analyzeGrownTables() {
        try {
            List<String> analyzed = jdbc.queryForList("select analyze_grown_tables(?, ?)", String.class,
                    MINIMUM_CHANGES, SHARE_OF_ROWS);
            if (!analyzed.isEmpty()) {
                log.debug("Statistics taken again of {}", analyzed);
            }
            failing = false;
        } catch (DataAccessException e) {
            // The database being away is reported by the health check; the next look simply tries again.
            if (!failing) {
                log.info("Could not refresh the planner's statistics; trying again in a few seconds: {}",
                        e.getMessage());
                failing = true;
            }
        }
    }
}
