package io.tabien.registry.webapp.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The months of a year a dashboard shows: each one begun by today, so that no figure speaks of the future. */
final class Months {

    private Months() {
    }

    static List<YearMonth> begun(int year, LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.of(year, 1); month.getYear() == year
                && !month.atDay(1).isAfter(today); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The day a month's standing is read on: its last day, or today while the month runs. */
    static LocalDate standingOn(YearMonth month, LocalDate today) {
        LocalDate last = month.atEndOfMonth();
        return last.isAfter(today) ? today : last;
    }
}
