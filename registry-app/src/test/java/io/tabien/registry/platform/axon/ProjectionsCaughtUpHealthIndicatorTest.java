package io.tabien.registry.platform.axon;

import io.tabien.registry.platform.axon.ProcessorPositions.SegmentPosition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionsCaughtUpHealthIndicatorTest {

    private static final long MAX_LAG = 1_000;

    @Test
    void projectionsAtTheHeadOrWithinTheLagAreUp() {
        Health health = ProjectionsCaughtUpHealthIndicator.judge(Map.of(
                "read-models", List.of(new SegmentPosition(false, 5_000)),
                "flags", List.of(new SegmentPosition(false, 4_000), new SegmentPosition(false, 4_500))), 5_000, MAX_LAG);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("flags", Map.of("rebuilding", false, "eventsBehind", 1_000L));
    }

    @Test
    void aProjectionBeingRebuiltIsNotReady() {
        Health health = ProjectionsCaughtUpHealthIndicator.judge(Map.of(
                "read-models", List.of(new SegmentPosition(true, 4_990))), 5_000, MAX_LAG);

        assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(health.getDetails()).containsEntry("read-models", Map.of("rebuilding", true, "eventsBehind", 10L));
    }

    @Test
    void aReplayedSegmentIsRebuiltUntilItReachesThePositionItWasResetAt() {
        assertThat(ProcessorPositions.rebuilding(true, 4_999, OptionalLong.of(5_000))).isTrue();
        assertThat(ProcessorPositions.rebuilding(true, 5_000, OptionalLong.of(5_000))).isFalse();
        assertThat(ProcessorPositions.rebuilding(true, 5_000, OptionalLong.empty())).isTrue();
        assertThat(ProcessorPositions.rebuilding(false, 10, OptionalLong.of(5_000))).isFalse();
    }

    @Test
    void aProjectionFurtherBehindThanTheLagIsNotReady() {
        Health health = ProjectionsCaughtUpHealthIndicator.judge(Map.of(
                "read-models", List.of(new SegmentPosition(false, 5_000)),
                "person-registry", List.of(new SegmentPosition(false, -1))), 5_000, MAX_LAG);

        assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(health.getDetails()).containsEntry("person-registry",
                Map.of("rebuilding", false, "eventsBehind", 5_001L));
    }

    @Test
    void anEmptyStoreIsUp() {
        assertThat(ProjectionsCaughtUpHealthIndicator.judge(Map.of(
                "read-models", List.of(new SegmentPosition(false, -1))), -1, MAX_LAG).getStatus()).isEqualTo(Status.UP);
    }
}
