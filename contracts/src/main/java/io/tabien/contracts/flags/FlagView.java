package io.tabien.contracts.flags;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A sign that something may be wrong, derived only from events.
 *
 * @param subjectId the aggregate whose event raised the flag
 * @param province  the province the flag is filed under (where the person was born or lives), null when none
 * @param clearedAt null while the flag is open
 * @param reason    one sentence a person can read
 * @param evidence  global indexes of the events the flag rests on
 * @param review    the decision of the person who reviewed the flag and closed it, or null
 */
public record FlagView(
        UUID id,
        String rule,
        String category,
        UUID personId,
        UUID subjectId,
        String province,
        Instant raisedAt,
        Instant clearedAt,
        String reason,
        List<Long> evidence,
        FlagReview review) {

    /** A flag no one has reviewed. */
    public FlagView(UUID id, String rule, String category, UUID personId, UUID subjectId, String province,
                    Instant raisedAt, Instant clearedAt, String reason, List<Long> evidence) {
        this(id, rule, category, personId, subjectId, province, raisedAt, clearedAt, reason, evidence, null);
    }
}
