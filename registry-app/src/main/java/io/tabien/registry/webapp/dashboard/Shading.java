package io.tabien.registry.webapp.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Shades counts on a scale of five steps: step 0 for none, then steps 1 to 4 for four equal parts of the largest
 * count, so that the darkest tile is always the largest count and a single flag still shows.
 *
 * @param largest the largest count shaded
 */
record Shading(long largest) {

    static final int STEPS = 4;

    /** Fill and text colours of each step; white text only on the two darkest fills, so that both read clearly. */
    private static final String[] FILLS = {"#eef1f4", "#c6dbef", "#7fb1d9", "#2f6fa8", "#103f66"};
    private static final String[] INKS = {"#1d2733", "#1d2733", "#1d2733", "#ffffff", "#ffffff"};

    /** The counts shaded in one step, both ends included. */
    record Range(int step, long from, long to) {

        public String fill() {
            return FILLS[step];
        }

        public String ink() {
            return INKS[step];
        }
    }

    int step(long count) {
        if (count <= 0 || largest <= 0) {
            return 0;
        }
        return (int) Math.min(STEPS, (count * STEPS + largest - 1) / largest);
    }

    String fill(long count) {
        return FILLS[step(count)];
    }

    String ink(long count) {
        return INKS[step(count)];
    }

    /** The steps in use with the counts each shades, starting with none; a step no whole count falls in is left out. */
    List<Range> legend() {
        List<Range> ranges = new ArrayList<>(List.of(new Range(0, 0, 0)));
        for (int step = 1; step <= STEPS; step++) {
            long from = (step - 1) * largest / STEPS + 1;
            long to = step * largest / STEPS;
            if (from <= to) {
                ranges.add(new Range(step, from, to));
            }
        }
        return ranges;
    }
}
