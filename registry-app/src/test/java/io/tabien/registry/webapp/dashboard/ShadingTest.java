package io.tabien.registry.webapp.dashboard;

import io.tabien.registry.webapp.dashboard.Shading.Range;
import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class ShadingTest {

    @Test
    void noneIsTheLightestStepAndTheLargestCountTheDarkest() {
        Shading shading = new Shading(20);

        assertThat(shading.step(0)).isZero();
        assertThat(shading.step(1)).isEqualTo(1);
        assertThat(shading.step(5)).isEqualTo(1);
        assertThat(shading.step(6)).isEqualTo(2);
        assertThat(shading.step(15)).isEqualTo(3);
        assertThat(shading.step(16)).isEqualTo(4);
        assertThat(shading.step(20)).isEqualTo(Shading.STEPS);
    }

    @Test
    void aSingleFlagIsShadedDarkestWhenItIsTheLargestCount() {
        Shading shading = new Shading(1);

        assertThat(shading.step(1)).isEqualTo(Shading.STEPS);
        assertThat(shading.legend()).extracting(Range::step).containsExactly(0, 4);
    }

    @Test
    void theLegendSaysWhichCountsEachStepShadesWithNoGapOrOverlap() {
        for (long largest : new long[]{1, 2, 3, 4, 7, 20, 101}) {
            Shading shading = new Shading(largest);
            long expected = 1;
            for (Range range : shading.legend().subList(1, shading.legend().size())) {
                assertThat(range.from()).as("largest %d", largest).isEqualTo(expected);
                LongStream.rangeClosed(range.from(), range.to())
                        .forEach(count -> assertThat(shading.step(count)).isEqualTo(range.step()));
                expected = range.to() + 1;
            }
            assertThat(expected - 1).as("the legend reaches the largest count").isEqualTo(largest);
        }
    }

    @Test
    void darkTilesCarryWhiteTextAndLightTilesDarkText() {
        Shading shading = new Shading(8);

        assertThat(shading.ink(0)).isEqualTo("#1d2733");
        assertThat(shading.ink(1)).isEqualTo("#1d2733");
        assertThat(shading.ink(8)).isEqualTo("#ffffff");
        assertThat(shading.fill(0)).isNotEqualTo(shading.fill(8));
    }

    @Test
    void nothingToShadeShadesEverythingAsNone() {
        Shading shading = new Shading(0);

        assertThat(shading.step(0)).isZero();
        assertThat(shading.legend()).extracting(Range::step).containsExactly(0);
    }
}
