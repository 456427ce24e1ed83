package io.tabien.registry.audit.chain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ChainMetricsTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theLinksAfterTheLatestCheckpointWaitForASignature() {
        ChainMetrics.Signing signing = ChainMetrics.signing(Optional.of(link(130)), Optional.of(checkpoint(100)));

        assertThat(signing.unsignedLinks()).isEqualTo(30);
        assertThat(signing.lastSignedAt()).contains(SIGNED_AT);
    }

    @Test
    void beforeTheFirstCheckpointEveryLinkWaitsAndThereIsNoAge() {
        assertThat(ChainMetrics.signing(Optional.of(link(7)), Optional.empty()))
                .isEqualTo(new ChainMetrics.Signing(Optional.empty(), 7));
        assertThat(ChainMetrics.signing(Optional.empty(), Optional.empty()).unsignedLinks()).isZero();
    }

    private static EventChain.Link link(long chainSeq) {
        return new EventChain.Link(chainSeq, chainSeq + 5, new byte[32]);
    }

    private static Checkpoint checkpoint(long chainSeq) {
        return new Checkpoint(chainSeq, chainSeq + 5, "00".repeat(32), SIGNED_AT, "signature");
    }
}
