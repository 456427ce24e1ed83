package io.tabien.registry.flags.query;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * DOC-RETENTION-REPORTED: a grievance reports that the worker's identity documents are retained; raised once the
 * worker is identified, cleared by a resolution with the document returned.
 */
@Component
class RetentionReported {

    static final String CODE = "DOC-RETENTION-REPORTED";

    /** A grievance reporting retained documents, with when its worker became known and when the document came back. */
    record Report(UUID grievanceId, long registeredIndex, Instant registeredAt, LocalDate reportedOn, String country,
                  UUID workerPersonId, Long identifiedIndex, Instant identifiedAt, Long returnedIndex,
                  Instant returnedAt, String province, String district) {
    }

    Optional<RaisedFlag> evaluate(Report report, LabourRule.Judgement judgement) {
        if (report.workerPersonId() == null) {
            return Optional.empty();
        }
        List<Long> evidence = new ArrayList<>(List.of(report.registeredIndex()));
        Instant raisedAt = report.registeredAt();
        if (report.identifiedIndex() != null) {
            evidence.add(report.identifiedIndex());
            raisedAt = report.identifiedAt();
        }
        return judgement.asOfDay(new RaisedFlag(CODE, FlagCategory.WITHHELD_DOCUMENT, report.workerPersonId(),
                report.grievanceId(), "", report.province(), report.district(), raisedAt,
                "A grievance taken in " + report.country() + " on " + report.reportedOn()
                        + " reports that the worker's identity documents are retained.",
                evidence, report.returnedAt()));
    }
}
