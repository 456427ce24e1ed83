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
import java.util.UUID;

/** The grievance facts the withheld-document rules judge, in the flags projection's own table; no narrative. */
@Component
@ProcessingGroup(FlagsProjection.NAME)
class GrievanceFactsProjection {

    private final JdbcTemplate jdbc;
    private final PersonFlags flags;

    GrievanceFactsProjection(JdbcTemplate jdbc, PersonFlags flags) {
        this.jdbc = jdbc;
        this.flags = flags;
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
        flags.grievanceChanged(event.grievanceId().value());
    }

    @EventHandler
    void on(GrievanceWorkerIdentified event, EventMessage<?> message) {
        // The worker known before, if any, loses the flag the grievance raised on them.
        jdbc.queryForList("select worker_person_id from flag_grievance where grievance_id = ? and worker_person_id is not null",
                UUID.class, event.grievanceId().value()).forEach(flags::personChanged);
        jdbc.update("""
                        update flag_grievance set worker_person_id = ?, identified_index = ?, identified_at = ?
                        where grievance_id = ?""",
                event.personId().value(), EventPositions.of(jdbc, message), Timestamp.from(message.getTimestamp()),
                event.grievanceId().value());
        flags.grievanceChanged(event.grievanceId().value());
    }

    @EventHandler
    void on(GrievanceResolved event, EventMessage<?> message) {
        if (event.outcomes().contains(GrievanceOutcome.DOCUMENT_RETURNED)) {
            jdbc.update("update flag_grievance set returned_index = ?, returned_at = ? where grievance_id = ?",
                    EventPositions.of(jdbc, message), Timestamp.from(message.getTimestamp()),
                    event.grievanceId().value());
            flags.grievanceChanged(event.grievanceId().value());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from flag_grievance");
    }
}
