package io.tabien.registry.documents.query;

import io.tabien.registry.documents.PassportFold;
import io.tabien.registry.platform.axon.EventPositions;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.documents.Custodian;
import io.tabien.contracts.documents.CustodyView;
import io.tabien.contracts.documents.FindPassport;
import io.tabien.contracts.documents.FindPassports;
import io.tabien.contracts.documents.PassportCustodyTransferred;
import io.tabien.contracts.documents.PassportId;
import io.tabien.contracts.documents.PassportIssued;
import io.tabien.contracts.documents.PassportReportedLost;
import io.tabien.contracts.documents.PassportReturnedToHolder;
import io.tabien.contracts.documents.PassportRevoked;
import io.tabien.contracts.documents.PassportStatus;
import io.tabien.contracts.documents.PassportView;
import io.tabien.registry.platform.commands.CommandMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Passports, their standing and every change of hands, as passport and labour officers read them. */
@Component
@ProcessingGroup(PassportProjection.NAME)
class PassportProjection {

    static final String NAME = "passports";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PassportProjection(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventHandler
    void on(PassportIssued event, EventMessage<PassportIssued> message) {
        jdbc.update("""
                        insert into passport (passport_id, holder_person_id, passport_number, issued_on, expires_on,
                            status, status_since)
                        values (?, ?, ?, ?, ?, 'ISSUED', ?)
                        on conflict (passport_id) do nothing""",
                event.passportId().value(), event.holderPersonId().value(), event.passportNumber(),
                event.issuedOn(), event.expiresOn(), event.issuedOn());
        custody(event.passportId().value(), Custodian.HOLDER, null, null, null, event.issuedOn(), true, null,
                message);
    }

    @EventHandler
    void on(PassportCustodyTransferred event, EventMessage<PassportCustodyTransferred> message) {
        custody(event.passportId().value(), event.custodian(), event.custodianName(), event.agencyId(),
                event.country(), event.since(), event.holderConsent(), event.note(), message);
    }

    @EventHandler
    void on(PassportReturnedToHolder event, EventMessage<PassportReturnedToHolder> message) {
        custody(event.passportId().value(), Custodian.HOLDER, null, null, null, event.returnedOn(), true, null,
                message);
    }

    @EventHandler
    void on(PassportReportedLost event) {
        status(event.passportId().value(), PassportStatus.LOST, event.reportedOn());
    }

    @EventHandler
    void on(PassportRevoked event) {
        status(event.passportId().value(), PassportStatus.REVOKED, event.revokedOn());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from passport");
        jdbc.update("delete from passport_custody");
    }

    @QueryHandler
    Optional<PassportView> handle(FindPassport query) {
        return jdbc.query("select * from passport where passport_id = ?", this::view, query.passportId().value())
                .stream().findFirst();
    }

    @QueryHandler
    List<PassportView> handle(FindPassports query) {
        StringBuilder sql = new StringBuilder("select * from passport where true");
        List<Object> arguments = new ArrayList<>();
        if (query.holderPersonId() != null) {
            sql.append(" and holder_person_id = ?");
            arguments.add(query.holderPersonId());
        }
        if (query.passportNumber() != null) {
            sql.append(" and passport_number = ?");
            arguments.add(query.passportNumber());
        }
        sql.append(" order by issued_on desc, passport_id limit 100");
        return jdbc.query(sql.toString(), this::view, arguments.toArray());
    }

    private void custody(UUID passport, Custodian custodian, String name, UUID agency,
                         String country, LocalDate since, boolean consent, String note, EventMessage<?> message) {
        long index = EventPositions.of(jdbc, message);
        jdbc.update("""
                        update passport_custody set until = ?
                        where passport_id = ? and until is null and global_index < ?""",
                since, passport, index);
        Object actor = message.getMetaData().get(CommandMetadata.ACTOR);
        jdbc.update("""
                        insert into passport_custody (passport_id, global_index, custodian, custodian_name, agency_id,
                            country, since, holder_consent, note, recorded_by, stored_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""",
                passport, index, custodian.name(), name, agency, country, since, consent, note,
                actor == null ? null : actor.toString(), Timestamp.from(message.getTimestamp()));
    }

    private void status(UUID passport, PassportStatus status, LocalDate since) {
        jdbc.update("update passport set status = ?, status_since = ? where passport_id = ?", status.name(), since,
                passport);
    }

    private PassportView view(ResultSet row, int rowNumber) throws SQLException {
        UUID id = row.getObject("passport_id", UUID.class);
        List<CustodyView> history = jdbc.query(
                "select * from passport_custody where passport_id = ? order by global_index",
                PassportProjection::custody, id);
        LocalDate expiresOn = row.getObject("expires_on", LocalDate.class);
        PassportFold.Standing standing = PassportFold.standing(PassportStatus.valueOf(row.getString("status")),
                row.getObject("status_since", LocalDate.class), expiresOn, LocalDate.now(clock));
        return new PassportView(new PassportId(id), new PersonId(row.getObject("holder_person_id", UUID.class)),
                row.getString("passport_number"), row.getObject("issued_on", LocalDate.class), expiresOn,
                standing.status(), standing.since(), history.isEmpty() ? null : history.get(history.size() - 1), history);
    }

    private static CustodyView custody(ResultSet row, int rowNumber) throws SQLException {
        return new CustodyView(Custodian.valueOf(row.getString("custodian")), row.getString("custodian_name"),
                row.getObject("agency_id", UUID.class), row.getString("country"),
                row.getObject("since", LocalDate.class), row.getBoolean("holder_consent"), row.getString("note"),
                row.getObject("until", LocalDate.class), row.getString("recorded_by"),
                row.getTimestamp("stored_at").toInstant());
    }
}
