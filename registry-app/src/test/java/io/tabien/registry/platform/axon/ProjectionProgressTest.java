package io.tabien.registry.platform.axon;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackerStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionProgressTest {

    @Test
    void aTokenAtOrBeyondTheEventHasPassedIt() {
        assertThat(ProjectionProgress.hasPassed(GapAwareTrackingToken.newInstance(10, List.of()), 10)).isTrue();
        assertThat(ProjectionProgress.hasPassed(GapAwareTrackingToken.newInstance(12, List.of()), 10)).isTrue();
    }

    @Test
    void aTokenBeforeTheEventHasNotPassedIt() {
        assertThat(ProjectionProgress.hasPassed(GapAwareTrackingToken.newInstance(9, List.of()), 10)).isFalse();
        assertThat(ProjectionProgress.hasPassed(null, 10)).isFalse();
    }

    @Test
    void anEventStillInAGapHasNotBeenProcessed() {
        assertThat(ProjectionProgress.hasPassed(GapAwareTrackingToken.newInstance(12, List.of(10L)), 10)).isFalse();
    }

    @Test
    void duringAReplayTheReplayPositionCounts() {
        ReplayToken replaying = (ReplayToken) ReplayToken.createReplayToken(
                GapAwareTrackingToken.newInstance(50, List.of()), GapAwareTrackingToken.newInstance(5, List.of()));

        assertThat(ProjectionProgress.hasPassed(replaying, 10)).isFalse();
        assertThat(ProjectionProgress.hasPassed(replaying, 5)).isTrue();
    }

    @Test
    void otherTokenTypesAnswerByPosition() {
        assertThat(ProjectionProgress.hasPassed(new GlobalSequenceTrackingToken(7), 7)).isTrue();
        assertThat(ProjectionProgress.hasPassed(new GlobalSequenceTrackingToken(6), 7)).isFalse();
    }

    @Test
    void theWholeStreamOrAllItsPartsCoverEverySegmentAndAPartDoesNot() {
        Segment[] halves = Segment.ROOT_SEGMENT.split();
        Segment[] quarters = halves[1].split();

        assertThat(ProjectionProgress.coversEverySegment(List.of(claimed(Segment.ROOT_SEGMENT)))).isTrue();
        assertThat(ProjectionProgress.coversEverySegment(
                List.of(claimed(halves[0]), claimed(quarters[0]), claimed(quarters[1])))).isTrue();
        assertThat(ProjectionProgress.coversEverySegment(List.of(claimed(halves[0]), claimed(quarters[1])))).isFalse();
        assertThat(ProjectionProgress.coversEverySegment(List.of())).isFalse();
    }

    @Test
    void aWaitAsksEverLessOftenUpToAPauseOfAFractionOfASecond() {
        long waited = 0;
        int asked = 0;
        for (long pause = ProjectionProgress.FIRST_PAUSE_NANOS; waited < TimeUnit.SECONDS.toNanos(5);
             pause = ProjectionProgress.nextPause(pause)) {
            waited += pause;
            asked++;
        }

        assertThat(ProjectionProgress.nextPause(TimeUnit.MILLISECONDS.toNanos(1))).isEqualTo(TimeUnit.MILLISECONDS.toNanos(2));
        assertThat(ProjectionProgress.nextPause(ProjectionProgress.LONGEST_PAUSE_NANOS))
                .isEqualTo(ProjectionProgress.LONGEST_PAUSE_NANOS);
        assertThat(ProjectionProgress.LONGEST_PAUSE_NANOS).isLessThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(100));
        // Polling every 5 ms would have asked a thousand times.
        assertThat(asked).isLessThan(60);
    }

    private static TrackerStatus claimed(Segment segment) {
        return new TrackerStatus(segment, GapAwareTrackingToken.newInstance(1, List.of()));
    }
}
