package io.tabien.registry.webapp.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart the page draws as inline SVG: one row per thing counted, its label above its bars and each
 * bar's number written at its end, so that the chart reads without colour and scales down to a phone's width. The
 * geometry is worked out here, in the units of the SVG's view box; the template only places what it is given.
 *
 * @param stacked whether a row's values share one bar (its total written at the end) or each has a bar of its own
 */
record Chart(String id, List<Series> series, List<Row> rows, boolean stacked, int height) {

    static final int WIDTH = 320;
    /** The longest bar, leaving room after it for its number. */
    static final int BAR_SPACE = 260;
    static final int LABEL_HEIGHT = 22;
    static final int BAR_HEIGHT = 16;
    static final int BAR_GAP = 4;
    static final int ROW_GAP = 10;

    /** What one bar of each row counts, and its colour (dark enough for white paper around it). */
    record Series(String label, String colour) {
    }

    /** A count and the list it was counted from (null when there is none to show). */
    record Value(long count, String href) {
    }

    record Row(String label, String href, int labelY, List<Bar> bars, long total, double totalX, int totalY) {
    }

    record Bar(long count, String href, String series, String colour, double x, int y, double width,
               double numberX, int numberY) {
    }

    static Builder of(String id, List<Series> series, boolean stacked) {
        return new Builder(id, series, stacked);
    }

    public boolean empty() {
        return rows.stream().allMatch(row -> row.total() == 0);
    }

    static final class Builder {

        private record Pending(String label, String href, List<Value> values) {
        }

        private final String id;
        private final List<Series> series;
        private final boolean stacked;
        private final List<Pending> rows = new ArrayList<>();

        private Builder(String id, List<Series> series, boolean stacked) {
            this.id = id;
            this.series = List.copyOf(series);
            this.stacked = stacked;
        }

        /** A row with one value per series, in the order of the series. */
        Builder row(String label, String href, List<Value> values) {
            if (values.size() != series.size()) {
                throw new IllegalArgumentException("a row has one value per series");
            }
            rows.add(new Pending(label, href, List.copyOf(values)));
            return this;
        }

        Chart build() {
            long largest = rows.stream().mapToLong(row -> stacked
                    ? row.values().stream().mapToLong(Value::count).sum()
                    : row.values().stream().mapToLong(Value::count).max().orElse(0)).max().orElse(0);
            List<Row> drawn = new ArrayList<>();
            int top = 0;
            for (Pending row : rows) {
                int barTop = top + LABEL_HEIGHT;
                List<Bar> bars = new ArrayList<>();
                double x = 0;
                long total = 0;
                for (int i = 0; i < row.values().size(); i++) {
                    Value value = row.values().get(i);
                    Series of = series.get(i);
                    double width = width(value.count(), largest);
                    int y = stacked ? barTop : barTop + i * (BAR_HEIGHT + BAR_GAP);
                    double barX = stacked ? x : 0;
                    bars.add(new Bar(value.count(), value.href(), of.label(), of.colour(), barX, y, width,
                            barX + width + 4, y + BAR_HEIGHT - 3));
                    x += stacked ? width : 0;
                    total += value.count();
                }
                int lines = stacked ? 1 : row.values().size();
                drawn.add(new Row(row.label(), row.href(), top + 16, bars, total, x + 4,
                        barTop + BAR_HEIGHT - 3));
                top = barTop + lines * BAR_HEIGHT + (lines - 1) * BAR_GAP + ROW_GAP;
            }
            return new Chart(id, series, drawn, stacked, Math.max(top, 1));
        }

        /** A bar as long as its share of the largest count, and never so thin that a count above zero vanishes. */
        private static double width(long count, long largest) {
            if (count <= 0 || largest <= 0) {
                return 0;
            }
            return Math.max(2, Math.round(10.0 * BAR_SPACE * count / largest) / 10.0);
        }
    }
}
