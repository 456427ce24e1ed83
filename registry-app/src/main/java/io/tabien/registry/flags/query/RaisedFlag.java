package io.tabien.registry.flags.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A flag a rule raises. Its id is derived from the rule, the subject and what distinguishes this occurrence, so a
 * replay raises the very same flag again rather than a new one.
 */
record RaisedFlag(
        String rule,
        FlagCategory category,
        UUID personId,
        UUID subjectId,
        String occurrence,
        String province,
        String district,
        Instant raisedAt,
        String reason,
        List<Long> evidence,
        Instant clearedAt) {

    RaisedFlag(String rule, FlagCategory category, UUID personId, UUID subjectId, String occurrence, String province,
               String district, Instant raisedAt, String reason, List<Long> evidence) {
        this(rule, category, personId, subjectId, occurrence, province, district, raisedAt, reason, evidence, null);
    }

    RaisedFlag withClearedAt(Instant cleared) {
        return new RaisedFlag(rule, category, personId, subjectId, occurrence, province, district, raisedAt, reason,
                evidence, cleared);
    }

    UUID id() {
        return idOf(rule, subjectId, occurrence);
    }

    static UUID idOf(String rule, UUID subjectId, String occurrence) {
        return UUID.nameUUIDFromBytes((rule + "|" + subjectId + "|" + occurrence).getBytes(StandardCharsets.UTF_8));
    }
}
