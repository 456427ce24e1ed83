package io.tabien.registry.webapp.dashboard;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class MonthsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

    @Test
    void theCurrentYearShowsTheMonthsBegunByToday() {
        assertThat(Months.begun(2026, TODAY)).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2),
                YearMonth.of(2026, 3), YearMonth.of(2026, 4));
    }

    @Test
    void aPastYearShowsEveryMonthAndAFutureYearNone() {
        assertThat(Months.begun(2025, TODAY)).hasSize(12).last().isEqualTo(YearMonth.of(2025, 12));
        assertThat(Months.begun(2027, TODAY)).isEmpty();
    }

    @Test
    void aMonthStandsAsOnItsLastDayOrTodayWhileItRuns() {
        assertThat(Months.standingOn(YearMonth.of(2026, 2), TODAY)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Months.standingOn(YearMonth.of(2024, 2), TODAY)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Months.standingOn(YearMonth.of(2026, 4), TODAY)).isEqualTo(TODAY);
    }
}
