package io.tabien.registry.platform.axon;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.List;

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
}
