package io.tabien.registry.webapp.dashboard;

import io.tabien.registry.webapp.dashboard.Chart.Bar;
import io.tabien.registry.webapp.dashboard.Chart.Series;
import io.tabien.registry.webapp.dashboard.Chart.Value;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartTest {

    private static final List<Series> TWO = List.of(new Series("On time", "#1f5f8b"), new Series("Late", "#a34a00"));

    @Test
    void theLargestCountFillsTheBarSpaceAndOthersTheirShare() {
        Chart chart = Chart.of("c", TWO, false)
                .row("January", null, List.of(new Value(10, "/a"), new Value(5, "/b")))
                .row("February", null, List.of(new Value(0, null), new Value(1, "/c")))
                .build();

        List<Bar> january = chart.rows().get(0).bars();
        assertThat(january.get(0).width()).isEqualTo(Chart.BAR_SPACE);
        assertThat(january.get(1).width()).isEqualTo(Chart.BAR_SPACE / 2.0);
        assertThat(january.get(1).y()).as("each series on its own line").isGreaterThan(january.get(0).y());
        assertThat(january.get(0).numberX()).as("the number is written after the bar")
                .isGreaterThan(january.get(0).width());
        List<Bar> february = chart.rows().get(1).bars();
        assertThat(february.get(0).width()).isZero();
        assertThat(february.get(1).width()).as("a small count stays visible").isGreaterThanOrEqualTo(2);
        assertThat(chart.rows().get(1).labelY()).isGreaterThan(january.get(1).y());
        assertThat(chart.height()).isGreaterThan(february.get(1).y());
    }

    @Test
    void aStackedRowPutsItsValuesEndToEndWithItsTotalAfterThem() {
        Chart chart = Chart.of("c", TWO, true)
                .row("January", null, List.of(new Value(3, null), new Value(1, null)))
                .row("February", null, List.of(new Value(1, null), new Value(1, null)))
                .build();

        List<Bar> january = chart.rows().get(0).bars();
        assertThat(january.get(0).width() + january.get(1).width()).isEqualTo(Chart.BAR_SPACE);
        assertThat(january.get(1).x()).isEqualTo(january.get(0).width());
        assertThat(january.get(1).y()).isEqualTo(january.get(0).y());
        assertThat(chart.rows().get(0).total()).isEqualTo(4);
        assertThat(chart.rows().get(0).totalX()).isGreaterThan(Chart.BAR_SPACE);
        assertThat(chart.rows().get(1).total()).isEqualTo(2);
    }

    @Test
    void aChartOfZerosIsEmpty() {
        assertThat(Chart.of("c", TWO, false).row("x", null, List.of(new Value(0, null), new Value(0, null)))
                .build().empty()).isTrue();
    }

    @Test
    void aRowNeedsOneValuePerSeries() {
        assertThatThrownBy(() -> Chart.of("c", TWO, false).row("x", null, List.of(new Value(1, null))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
