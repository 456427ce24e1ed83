package io.tabien.registry.flags.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The timing every withheld-document rule shares: when a flag starts, whether it has been cleared by a day. */
final class HeldTooLong {

    private HeldTooLong() {
    }

    /** The first moment an episode has lasted more than {@code days} days. */
    static Instant after(CustodyEpisode episode, int days, ZoneId zone) {
        Instant limit = episode.since().plusDays(days + 1L).atStartOfDay(zone).toInstant();
        return limit.isBefore(episode.startedAt()) ? episode.startedAt() : limit;
    }

    /**
     * The flag raised at {@code raisedAt}, as it stands at the end of {@code asOf}: absent if not yet raised or if
     * the episode ended first, cleared if the episode ended since.
     */
    static Optional<RaisedFlag> flag(String rule, CustodyEpisode episode, Instant raisedAt, LocalDate asOf,
                                     ZoneId zone, String reason) {
        Instant endOfDay = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        if (!raisedAt.isBefore(endOfDay)) {
            return Optional.empty();
        }
        Instant ended = episode.endedAt();
        if (ended != null && !ended.isAfter(raisedAt)) {
            return Optional.empty();
        }
        Instant clearedAt = ended != null && ended.isBefore(endOfDay) ? ended : null;
        return Optional.of(new RaisedFlag(rule, FlagCategory.WITHHELD_DOCUMENT, episode.holderPersonId(),
                episode.passportId(), Long.toString(episode.globalIndex()), episode.province(), episode.district(),
                raisedAt, reason, List.of(episode.globalIndex()), clearedAt));
    }
}
