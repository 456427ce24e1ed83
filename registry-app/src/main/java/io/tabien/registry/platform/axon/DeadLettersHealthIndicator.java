package io.tabien.registry.platform.axon;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * Degraded while any event is parked: the registry serves, but a read model or process step lacks those events.
 * Counts per processing group, of parked events and of the records (sequences) they belong to. Shown in health as
 * {@code deadLetters}, after the bean's name. With the database unreachable it is DOWN, like the database itself,
 * rather than failing the whole health answer.
 */
@Component
class DeadLettersHealthIndicator extends AbstractHealthIndicator {

    /** Between DOWN and UP; answered with HTTP 200 (see {@code management.endpoint.health.status.*}). */
    static final Status DEGRADED = new Status("DEGRADED", "Events are parked: see GET /api/admin/dead-letters.");

    private final JdbcTemplate jdbc;

    DeadLettersHealthIndicator(JdbcTemplate jdbc) {
        super("The parked events could not be counted");
        this.jdbc = jdbc;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Object> groups = new TreeMap<>();
        jdbc.query("""
                        select processing_group, count(*), count(distinct sequence_identifier)
                        from dead_letter_entry group by processing_group""",
                row -> {
                    groups.put(row.getString(1), Map.of("deadLetters", row.getLong(2), "sequences", row.getLong(3)));
                });
        (groups.isEmpty() ? builder.up() : builder.status(DEGRADED)).withDetails(groups);
    }
}
