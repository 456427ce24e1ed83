package io.tabien.registry.platform.axon;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * Degraded while any event is parked: the registry serves, but a read model or process step lacks those events.
 * Counts per processing group, of parked events and of the records (sequences) they belong to. Shown in health as
 * {@code deadLetters}, after the bean's name.
 */
@Component
class DeadLettersHealthIndicator implements HealthIndicator {

    /** Between DOWN and UP; answered with HTTP 200 (see {@code management.endpoint.health.status.*}). */
    static final Status DEGRADED = new Status("DEGRADED", "Events are parked: see GET /api/admin/dead-letters.");

    private final JdbcTemplate jdbc;

    DeadLettersHealthIndicator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        Map<String, Object> groups = new TreeMap<>();
        try {
            jdbc.query("""
                            select processing_group, count(*), count(distinct sequence_identifier)
                            from dead_letter_entry group by processing_group""",
                    row -> {
                        groups.put(row.getString(1), Map.of("deadLetters", row.getLong(2), "sequences", row.getLong(3)));
                    });
        } catch (DataAccessException unreachable) {
            // Without the database nothing can be counted, and the whole health answer would fail with it; the
            // database's own indicator says it is down.
            return Health.unknown().withDetail("error", unreachable.getClass().getSimpleName()).build();
        }
        return (groups.isEmpty() ? Health.up() : Health.status(DEGRADED)).withDetails(groups).build();
    }
}
