package io.tabien.registry.flags.query;

import io.tabien.contracts.documents.Custodian;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A period a passport spends with someone other than its holder, from the custody event that began it to the one
 * that ended it ({@code endedAt} null while it lasts).
 */
record CustodyEpisode(
        UUID passportId,
        String passportNumber,
        UUID holderPersonId,
        long globalIndex,
        Custodian custodian,
        String custodianName,
        boolean holderConsent,
        LocalDate since,
        Instant startedAt,
        Instant endedAt,
        String province,
        String district) {
}
