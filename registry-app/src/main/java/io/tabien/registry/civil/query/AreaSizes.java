package io.tabien.registry.civil.query;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a province or district holds few enough persons for a name search to gather them all and
 * score only them ({@link PersonSearch}). A district of a few thousand persons is far cheaper gathered than found
 * among the persons a common name matches across the country; a capital's hundreds of thousands are cheaper found
 * among the best-scored persons, where they soon fill a page.
 * <p>
 * Judged by the persons born there, counted from an index up to the bound, and remembered for a while: an area's
 * size changes slowly, and the count is not worth taking at every search.
 */
final class AreaSizes {

    private static final Duration REMEMBERED = Duration.ofMinutes(10);
    /** More than there are provinces and districts: only a flood of made-up filter values reaches it. */
    private static final int MOST_REMEMBERED = 1_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int smallAreaPersons;
    private final Map<PersonSearch.Area, Measured> measured = new ConcurrentHashMap<>();

    /** @param smallAreaPersons an area with fewer persons born there than this is small */
    AreaSizes(JdbcTemplate jdbc, Clock clock, int smallAreaPersons) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.smallAreaPersons = smallAreaPersons;
    }

    boolean small(PersonSearch.Area area) {
        Instant now = clock.instant();
        Measured known = measured.get(area);
        if (known != null && now.isBefore(known.at().plus(REMEMBERED))) {
            return known.small();
        }
        Integer born = jdbc.queryForObject("select count(*) from (select 1 from person_registry where birth_"
                + area.column() + " = ? limit ?) born", Integer.class, area.code(), smallAreaPersons);
        boolean small = born != null && born < smallAreaPersons;
        if (measured.size() >= MOST_REMEMBERED) {
            measured.clear();
        }
        measured.put(area, new Measured(small, now));
        return small;
    }

    private record Measured(boolean small, Instant at) {
    }
}
