package io.tabien.registry.civil.query;

import io.tabien.contracts.civil.BirthRegistrationCount;
import io.tabien.contracts.civil.FindBirthRegistrationCounts;
import io.tabien.contracts.civil.FindBirthRegistrations;
import io.tabien.contracts.civil.PersonSummary;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Births counted by when they were registered, as the person registry holds them: registration work per month, on
 * time and late, for the dashboards. A reader sees the persons {@link PersonSearch} shows them, no others.
 */
@Component
class BirthRegistrationCounts {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    BirthRegistrationCounts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    List<BirthRegistrationCount> handle(FindBirthRegistrationCounts query) {
        List<Object> arguments = new ArrayList<>(List.of(clock.getZone().getId()));
        StringBuilder sql = new StringBuilder("""
                select p.birth_province, extract(month from p.registered_at at time zone ?)::int as month,
                       p.late_registration, count(*)
                from person_registry p""");
        sql.append(within(query.jurisdiction(), query.province(), YearMonth.of(query.year(), 1),
                YearMonth.of(query.year(), 12), arguments));
        sql.append(" group by 1, 2, 3 order by 1, 2, 3");
        return jdbc.query(sql.toString(), (row, n) -> new BirthRegistrationCount(row.getString(1), row.getInt(2),
                row.getBoolean(3), row.getLong(4)), arguments.toArray());
    }

    @QueryHandler
    List<PersonSummary> handle(FindBirthRegistrations query) {
        List<Object> arguments = new ArrayList<>();
        YearMonth month = YearMonth.of(query.year(), query.month());
        StringBuilder sql = new StringBuilder("select p.* from person_registry p")
                .append(within(query.jurisdiction(), query.province(), month, month, arguments));
        if (query.late() != null) {
            sql.append(" and p.late_registration = ?");
            arguments.add(query.late());
        }
        sql.append(" order by p.registered_at, p.person_id limit ?");
        arguments.add(query.limit());
        return jdbc.query(sql.toString(), (row, n) -> PersonRegistryProjection.summary(row, 1.0),
                arguments.toArray());
    }

    /** The persons the reader may see, of the province asked for, registered from the first month to the last. */
    private String within(String jurisdiction, String province, YearMonth first, YearMonth last,
                          List<Object> arguments) {
        StringBuilder sql = new StringBuilder("""
                 left join person_registry_membership m on m.person_id = p.person_id
                left join person_registry_household h on h.family_book_id = m.family_book_id
                where\s""").append(PersonSearch.visibleTo(jurisdiction));
        if (jurisdiction != null) {
            arguments.add(jurisdiction);
            arguments.add(jurisdiction);
        }
        sql.append(" and p.registered_at >= ? and p.registered_at < ?");
        arguments.add(startOf(first.atDay(1)));
        arguments.add(startOf(last.plusMonths(1).atDay(1)));
        if (province != null) {
            sql.append(" and p.birth_province = ?");
            arguments.add(province);
        }
        return sql.toString();
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
