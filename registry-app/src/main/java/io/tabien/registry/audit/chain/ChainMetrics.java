package io.tabien.registry.audit.chain;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.tabien.registry.platform.metrics.ScrapeReading;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long ago the audit chain's head was last signed ({@code tabien.audit.checkpoint.age.seconds}, NaN before the
 * first checkpoint) and how many links wait for a signature ({@code tabien.audit.unsigned.links}): links without a
 * checkpoint could be rewritten without the key, so an age well above {@code tabien.audit.checkpoint-every} says the
 * signer is failing. Two index probes a scrape; NaN while the database cannot be read.
 */
@Component
class ChainMetrics implements MeterBinder {

    /** The latest checkpoint's time, if any, and the links after it. */
    record Signing(Optional<Instant> lastSignedAt, long unsignedLinks) {
    }

    private final ScrapeReading<Signing> signing;
    private final Clock clock;

    ChainMetrics(EventChain chain, Clock clock) {
        this.clock = clock;
        this.signing = new ScrapeReading<>(() -> signing(chain.head(), chain.latestCheckpoint()));
    }

    /** Links are numbered from 1 without gaps, so the links after the latest checkpoint are the difference. */
    static Signing signing(Optional<EventChain.Link> head, Optional<Checkpoint> latest) {
        long linked = head.map(EventChain.Link::chainSeq).orElse(0L);
        long signed = latest.map(Checkpoint::chainSeq).orElse(0L);
        return new Signing(latest.map(Checkpoint::createdAt), Math.max(0, linked - signed));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        signing.gauge(registry, "tabien.audit.checkpoint.age.seconds", "Seconds since the audit chain's latest "
                + "signed checkpoint", Tags.empty(), reading -> reading.lastSignedAt()
                .map(signedAt -> Duration.between(signedAt, clock.instant()).toMillis() / 1000.0)
                .orElse(Double.NaN));
        signing.gauge(registry, "tabien.audit.unsigned.links", "Links of the audit chain that no checkpoint covers yet",
                Tags.empty(), Signing::unsignedLinks);
    }
}
