package io.tabien.contracts.flags;

import java.time.Instant;

/** A person's decision on a flag, which closed it: what they decided, why, who they were and when. */
public record FlagReview(String decision, String reason, String reviewedBy, Instant reviewedAt) {
}
