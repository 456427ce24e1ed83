package io.tabien.registry.audit.chain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredChainPositionTest {

    private static final String GAP_AWARE = "org.axonframework.eventhandling.GapAwareTrackingToken";
    private static final String REPLAY = "org.axonframework.eventhandling.ReplayToken";

    @Test
    void withoutGapsTheProcessorHasSettledAtItsIndex() {
        assertThat(settled(GAP_AWARE, "{\"index\":42,\"gaps\":[]}")).isEqualTo(42);
    }

    @Test
    void anOpenGapHoldsTheSettledPositionJustBelowIt() {
        assertThat(settled(GAP_AWARE, "{\"index\":42,\"gaps\":[39,40]}")).isEqualTo(38);
    }

    @Test
    void aProcessorThatHasHandledNothingHasSettledNothing() {
        assertThat(StoredChainPosition.settledPosition(null, null)).isZero();
    }

    @Test
    void aReplayHasSettledNoFurtherThanTheTokenItRedeliversFrom() {
        assertThat(settled(REPLAY, """
                {"tokenAtReset":{"@class":"%1$s","index":90,"gaps":[]},
                 "currentToken":{"@class":"%1$s","index":12,"gaps":[]},"context":null}""".formatted(GAP_AWARE)))
                .isEqualTo(12);
        assertThat(settled(REPLAY, """
                {"tokenAtReset":{"@class":"%s","index":90,"gaps":[]},"currentToken":null}""".formatted(GAP_AWARE)))
                .isZero();
    }

    @Test
    void aTokenOfAnotherKindIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> settled("org.axonframework.eventhandling.GlobalSequenceTrackingToken",
                "{\"globalIndex\":5}")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GlobalSequence");
        assertThatThrownBy(() -> settled(GAP_AWARE, "not json")).isInstanceOf(IllegalArgumentException.class);
    }

    private static long settled(String type, String json) {
        return StoredChainPosition.settledPosition(type, json.getBytes(StandardCharsets.UTF_8));
    }
}
