package io.tabien.registry.audit.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

/**
 * Grievances and flags for researchers, as counter-trafficking data collaboratives publish such data: counts only,
 * by month, province, destination, category and outcome, never a name, an id, a date finer than a month or a word
 * of free text. A count below the minimum cell size is suppressed (its row stays, so that the reader knows the cell
 * is not empty). No totals are given, so that a suppressed cell cannot be worked out from the others.
 * <p>
 * A grievance counts once under each of its categories, by the month it was reported, under the province of birth
 * of its worker when the worker is identified. A flag counts by the month it was raised (Vientiane time), under
 * the province its record belongs to.
 */
@Component
class ResearchExtract {

    static final String UNKNOWN = "UNKNOWN";
    static final String NOT_SCREENED = "NOT_SCREENED";

    private final JdbcTemplate jdbc;
    private final int minimumCell;

    ResearchExtract(JdbcTemplate jdbc, @Value("${tabien.reports.research-extract.minimum-cell:5}") int minimumCell) {
        if (minimumCell < 3) {
            throw new IllegalArgumentException("tabien.reports.research-extract.minimum-cell must be at least 3");
        }
        this.jdbc = jdbc;
        this.minimumCell = minimumCell;
    }

    ResearchExtractView build(YearMonth from, YearMonth to) {
        Date first = Date.valueOf(from.atDay(1));
        Date afterLast = Date.valueOf(to.plusMonths(1).atDay(1));
        List<ResearchExtractView.GrievanceCell> grievances = jdbc.query("""
                        select to_char(g.reported_on, 'YYYY-MM') as month, g.country as destination,
                            coalesce(p.birth_province, ?) as province, category,
                            coalesce(f.screening_outcome, ?) as screening, count(*) as grievances
                        from grievance g
                        cross join unnest(g.categories) as category
                        left join person_registry p on p.person_id = g.worker_person_id
                        left join grievance_case_file f on f.grievance_id = g.grievance_id
                        where g.reported_on >= ? and g.reported_on < ?
                        group by 1, 2, 3, 4, 5
                        order by 1, 2, 3, 4, 5""",
                (row, n) -> {
                    long count = row.getLong("grievances");
                    return new ResearchExtractView.GrievanceCell(row.getString("month"), row.getString("destination"),
                            row.getString("province"), row.getString("category"), row.getString("screening"),
                            shown(count), suppressed(count));
                },
                UNKNOWN, NOT_SCREENED, first, afterLast);
        List<ResearchExtractView.FlagCell> flags = jdbc.query("""
                        select to_char(raised_at at time zone 'Asia/Vientiane', 'YYYY-MM') as month, rule, category,
                            coalesce(province, ?) as province, count(*) as flags
                        from flag
                        where raised_at >= (?::date)::timestamp at time zone 'Asia/Vientiane'
                          and raised_at < (?::date)::timestamp at time zone 'Asia/Vientiane'
                        group by 1, 2, 3, 4
                        order by 1, 2, 3, 4""",
                (row, n) -> {
                    long count = row.getLong("flags");
                    return new ResearchExtractView.FlagCell(row.getString("month"), row.getString("rule"),
                            row.getString("category"), row.getString("province"), shown(count), suppressed(count));
                },
                UNKNOWN, first, afterLast);
        return new ResearchExtractView(from.toString(), to.toString(), minimumCell, grievances, flags);
    }

    private boolean suppressed(long count) {
        return count < minimumCell;
    }

    private Long shown(long count) {
        return suppressed(count) ? null : count;
    }
}
