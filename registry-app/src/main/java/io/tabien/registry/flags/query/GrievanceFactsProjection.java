package io.tabien.registry.flags.query;

import io.tabien.registry.platform.axon.EventPositions;
import io.tabien.contracts.grievance.GrievanceCategory;
import io.tabien.contracts.grievance.GrievanceOutcome;
import io.tabien.contracts.grievance.GrievanceRegistered;
import io.tabien.contracts.grievance.GrievanceResolved;
import io.tabien.contracts.grievance.GrievanceWorkerIdentified;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The grievance facts the withheld-document rules judge, in the flags projection's own table; no narrative. */
@Component
@ProcessingGroup(FlagsProjection.NAME)
class GrievanceFactsProjection {

    private final JdbcTemplate jdbc;

    GrievanceFactsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(GrievanceRegistered event, EventMessage<?> message) {
        jdbc.update("""
                        insert into flag_grievance (grievance_id, registered_index, registered_at, reported_on, country,
                            worker_person_id, documents_retained)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""",
                event.grievanceId().value(), EventPositions.of(jdbc, message), Timestamp.from(message.getTimestamp()),
                event.reportedOn(), event.country(),
                event.workerPersonId() == null ? null : event.workerPersonId().value(),
                event.categories().contains(GrievanceCategory.RETENTION_OF_IDENTITY_DOCUMENTS));
    }

    @EventHandler
    void on(GrievanceWorkerIdentified event, EventMessage<?> message) {
        jdbc.update("""
                        update flag_grievance set worker_person_id = ?, identified_index = ?, identified_at = ?
                        where grievance_id = ?""",
                event.personId().value(), EventPositions.of(jdbc, message), Timestamp.from(message.getTimestamp()),
                event.grievanceId().value());
    }

    @EventHandler
    void on(GrievanceResolved event, EventMessage<?> message) {
        if (event.outcomes().contains(GrievanceOutcome.DOCUMENT_RETURNED)) {
            jdbc.update("update flag_grievance set returned_index = ?, returned_at = ? where grievance_id = ?",
                    EventPositions.of(jdbc, message), Timestamp.from(message.getTimestamp()),
                    event.grievanceId().value());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from flag_grievance");
    }

    /** Reports of retained documents, of one worker or of all, in one country or in any when it is null. */
    List<RetentionReported.Report> retentionReports(UUID worker, String country) {
        StringBuilder which = new StringBuilder(" where g.documents_retained");
        List<Object> arguments = new ArrayList<>();
        if (worker != null) {
            which.append(" and g.worker_person_id = ?");
            arguments.add(worker);
        }
        if (country != null) {
            which.append(" and g.country = ?");
            arguments.add(country);
        }
        return jdbc.query("select g.*, " + PersonPlace.COLUMNS + " from flag_grievance g"
                        + PersonPlace.joinedOn("g.worker_person_id") + which + " order by g.registered_index",
                (row, n) -> {
                    long identified = row.getLong("identified_index");
                    Long identifiedIndex = row.wasNull() ? null : identified;
                    long returned = row.getLong("returned_index");
                    Long returnedIndex = row.wasNull() ? null : returned;
                    Timestamp identifiedAt = row.getTimestamp("identified_at");
                    Timestamp returnedAt = row.getTimestamp("returned_at");
                    return new RetentionReported.Report(row.getObject("grievance_id", UUID.class),
                            row.getLong("registered_index"), row.getTimestamp("registered_at").toInstant(),
                            row.getObject("reported_on", LocalDate.class), row.getString("country"),
                            row.getObject("worker_person_id", UUID.class), identifiedIndex,
                            identifiedAt == null ? null : identifiedAt.toInstant(), returnedIndex,
                            returnedAt == null ? null : returnedAt.toInstant(), row.getString("province"),
                            row.getString("district"));
                }, arguments.toArray());
    }
}
