package io.tabien.registry.grievance.query;

import io.tabien.registry.platform.axon.EventPositions;
import io.tabien.contracts.HistoryEntry;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.grievance.CaseFileView;
import io.tabien.contracts.grievance.FindGrievance;
import io.tabien.contracts.grievance.FindGrievances;
import io.tabien.contracts.grievance.FindUnansweredReferrals;
import io.tabien.contracts.grievance.CaseFileDueForReview;
import io.tabien.contracts.grievance.CaseFileErased;
import io.tabien.contracts.grievance.FindCaseFilesDueForReview;
import io.tabien.contracts.grievance.ErasureGround;
import io.tabien.contracts.grievance.GrievanceCategory;
import io.tabien.contracts.grievance.GrievanceChannel;
import io.tabien.contracts.grievance.GrievanceClosed;
import io.tabien.contracts.grievance.GrievanceEvidenceAdded;
import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.GrievanceOutcome;
import io.tabien.contracts.grievance.GrievanceReaders;
import io.tabien.contracts.grievance.GrievanceReferred;
import io.tabien.contracts.grievance.GrievanceRegistered;
import io.tabien.contracts.grievance.GrievanceResolved;
import io.tabien.contracts.grievance.GrievanceStatus;
import io.tabien.contracts.grievance.GrievanceView;
import io.tabien.contracts.grievance.GrievanceWorkerIdentified;
import io.tabien.contracts.grievance.ReferralAnswer;
import io.tabien.contracts.grievance.ReferralAnswered;
import io.tabien.contracts.grievance.ReferralId;
import io.tabien.contracts.grievance.ReferralTarget;
import io.tabien.contracts.grievance.ScreeningAuthority;
import io.tabien.contracts.grievance.ScreeningOutcome;
import io.tabien.contracts.grievance.SealedText;
import io.tabien.registry.grievance.casefile.CaseFileKeys;
import io.tabien.contracts.grievance.TraffickingScreeningCompleted;
import io.tabien.contracts.grievance.UnansweredReferral;
import io.tabien.contracts.labour.ContractId;
import io.tabien.contracts.labour.Money;
import io.tabien.registry.platform.history.HistoryTable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Grievances and their case files. The case file (narrative, evidence, screening, referrals, history) is answered
 * only to readers allowed to see it; histories hold no narrative.
 */
@Component
@ProcessingGroup(GrievanceProjection.NAME)
class GrievanceProjection {

    static final String NAME = "grievances";

    private final JdbcTemplate jdbc;
    private final HistoryTable history;
    private final CaseFileKeys keys;

    GrievanceProjection(JdbcTemplate jdbc, CaseFileKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.history = new HistoryTable(jdbc, "grievance_history", "grievance_id");
    }

    @EventHandler
    void on(GrievanceRegistered event, EventMessage<?> message) {
        UUID id = event.grievanceId().value();
        jdbc.update("""
                        insert into grievance (grievance_id, country, channel, categories, status, reported_on,
                            worker_person_id, contract_id)
                        values (?, ?, ?, ?, 'OPEN', ?, ?, ?)
                        on conflict (grievance_id) do nothing""",
                ps -> {
                    ps.setObject(1, id);
                    ps.setString(2, event.country());
                    ps.setString(3, event.channel().name());
                    ps.setArray(4, ps.getConnection().createArrayOf("text", names(event.categories())));
                    ps.setObject(5, event.reportedOn());
                    ps.setObject(6, event.workerPersonId() == null ? null : event.workerPersonId().value());
                    ps.setObject(7, event.contractId() == null ? null : event.contractId().value());
                });
        jdbc.update("""
                        insert into grievance_case_file (grievance_id, worker_name, passport_number, employer_name, city,
                            narrative)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (grievance_id) do nothing""",
                id, SealedText.envelopeOf(event.workerName()), SealedText.envelopeOf(event.passportNumber()),
                event.employerName(), event.city(), SealedText.envelopeOf(event.narrative()));
        history.record(id, message, "Grievance registered (" + event.channel() + ") about "
                + String.join(", ", names(event.categories())) + ".");
    }

    @EventHandler
    void on(GrievanceWorkerIdentified event, EventMessage<?> message) {
        jdbc.update("update grievance set worker_person_id = ? where grievance_id = ?", event.personId().value(),
                event.grievanceId().value());
        history.record(event.grievanceId().value(), message, "Worker identified as person " + event.personId()
                + ".");
    }

    @EventHandler
    void on(GrievanceEvidenceAdded event, EventMessage<?> message) {
        jdbc.update("""
                        insert into grievance_evidence (grievance_id, global_index, description, document_reference,
                            added_on)
                        values (?, ?, ?, ?, ?)
                        on conflict do nothing""",
                event.grievanceId().value(), EventPositions.of(jdbc, message),
                SealedText.envelopeOf(event.description()),
                event.documentReference(), event.addedOn());
        history.record(event.grievanceId().value(), message, "Evidence added on " + event.addedOn() + ".");
    }

    @EventHandler
    void on(TraffickingScreeningCompleted event, EventMessage<?> message) {
        jdbc.update("""
                        update grievance_case_file set screening_outcome = ?, screening_by = ?, screening_on = ?,
                            indicators = ?
                        where grievance_id = ?""",
                ps -> {
                    ps.setString(1, event.outcome().name());
                    ps.setString(2, event.decidedBy().name());
                    ps.setObject(3, event.screenedOn());
                    ps.setArray(4, ps.getConnection().createArrayOf("text", names(event.indicators())));
                    ps.setObject(5, event.grievanceId().value());
                });
        history.record(event.grievanceId().value(), message, "Trafficking screening by " + event.decidedBy()
                + " on " + event.screenedOn() + ".");
    }

    @EventHandler
    void on(GrievanceReferred event, EventMessage<?> message) {
        jdbc.update("""
                        insert into grievance_referral (referral_id, grievance_id, target, consent, override_reason,
                            referred_on)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict do nothing""",
                event.referralId().value(), event.grievanceId().value(), event.to().name(), event.consent(),
                event.overrideReason(), event.referredOn());
        history.record(event.grievanceId().value(), message, "Referred to " + event.to() + " on "
                + event.referredOn() + (event.consent() ? " with the worker's consent." : " without consent (override)."));
    }

    @EventHandler
    void on(ReferralAnswered event, EventMessage<?> message) {
        jdbc.update("update grievance_referral set answer = ?, answer_reason = ?, answered_on = ? where referral_id = ?",
                event.answer().name(), event.reason(), event.answeredOn(), event.referralId().value());
        history.record(event.grievanceId().value(), message, "Referral " + event.referralId() + " "
                + event.answer().name().toLowerCase() + " on " + event.answeredOn() + ".");
    }

    @EventHandler
    void on(GrievanceResolved event, EventMessage<?> message) {
        UUID id = event.grievanceId().value();
        jdbc.update("update grievance set status = 'RESOLVED', resolved_on = ? where grievance_id = ? and status = 'OPEN'",
                event.resolvedOn(), id);
        jdbc.update("""
                        update grievance_case_file set outcomes = ?, wages_recovered = ?, wages_currency = ?
                        where grievance_id = ?""",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("text", names(event.outcomes())));
                    ps.setBigDecimal(2, event.wagesRecovered() == null ? null : event.wagesRecovered().amount());
                    ps.setString(3, event.wagesRecovered() == null ? null : event.wagesRecovered().currency());
                    ps.setObject(4, id);
                });
        history.record(id, message, "Resolved on " + event.resolvedOn() + ": "
                + String.join(", ", names(event.outcomes())) + ".");
    }

    @EventHandler
    void on(GrievanceClosed event, EventMessage<?> message) {
        jdbc.update("update grievance set status = 'CLOSED', closed_on = ? where grievance_id = ?", event.closedOn(),
                event.grievanceId().value());
        history.record(event.grievanceId().value(), message, "Closed on " + event.closedOn() + ".");
    }

    /** The case file's sealed texts leave the read model with the key; what remains says when and why. */
    @EventHandler
    void on(CaseFileErased event, EventMessage<?> message) {
        UUID id = event.grievanceId().value();
        jdbc.update("""
                        update grievance_case_file set worker_name = null, passport_number = null, narrative = null,
                            erased_on = ?, erasure_ground = ?, erasure_reason = ?
                        where grievance_id = ?""",
                event.erasedOn(), event.ground().name(), event.reason(), id);
        jdbc.update("update grievance_evidence set description = null where grievance_id = ?", id);
        history.record(id, message, "Case file erased (" + event.ground() + ") on " + event.erasedOn() + ".");
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("grievance", "grievance_case_file", "grievance_evidence", "grievance_referral")) {
            jdbc.update("delete from " + table);
        }
        history.clear();
    }

    @QueryHandler
    Optional<GrievanceView> handle(FindGrievance query) {
        return jdbc.query("select * from grievance where grievance_id = ?", (row, n) -> view(row, query.readers()),
                query.grievanceId().value()).stream().findFirst();
    }

    @QueryHandler
    List<GrievanceView> handle(FindGrievances query) {
        StringBuilder sql = new StringBuilder("select * from grievance where true");
        List<Object> arguments = new ArrayList<>();
        if (query.country() != null) {
            sql.append(" and country = ?");
            arguments.add(query.country());
        }
        if (query.status() != null) {
            sql.append(" and status = ?");
            arguments.add(query.status().name());
        }
        if (query.category() != null) {
            sql.append(" and ? = any(categories)");
            arguments.add(query.category().name());
        }
        sql.append(" order by reported_on desc, grievance_id limit 500");
        return jdbc.query(sql.toString(), (row, n) -> view(row, query.readers()), arguments.toArray());
    }

    @QueryHandler
    List<UnansweredReferral> handle(FindUnansweredReferrals query) {
        LocalDate before = query.asOf().minusDays(query.days());
        List<Object> arguments = new ArrayList<>(List.of(before));
        if (query.country() != null) {
            arguments.add(query.country());
        }
        return jdbc.query("""
                        select r.referral_id, r.grievance_id, g.country, r.target, r.referred_on
                        from grievance_referral r join grievance g on g.grievance_id = r.grievance_id
                        where r.answer is null and r.referred_on < ?"""
                        + (query.country() == null ? "" : " and g.country = ?")
                        + " order by r.referred_on, r.referral_id",
                (row, n) -> {
                    LocalDate referredOn = row.getObject("referred_on", LocalDate.class);
                    return new UnansweredReferral(new ReferralId(row.getObject("referral_id", UUID.class)),
                            new GrievanceId(row.getObject("grievance_id", UUID.class)), row.getString("country"),
                            ReferralTarget.valueOf(row.getString("target")), referredOn,
                            ChronoUnit.DAYS.between(referredOn, query.asOf()));
                },
                arguments.toArray());
    }

    @QueryHandler
    List<CaseFileDueForReview> handle(FindCaseFilesDueForReview query) {
        return jdbc.query("""
                        select g.grievance_id, g.country, g.closed_on
                        from grievance g join grievance_case_file f on f.grievance_id = g.grievance_id
                        where g.closed_on < ? and f.erased_on is null
                        order by g.closed_on, g.grievance_id
                        limit 1000""",
                (row, n) -> {
                    LocalDate closedOn = row.getObject("closed_on", LocalDate.class);
                    return new CaseFileDueForReview(new GrievanceId(row.getObject("grievance_id", UUID.class)),
                            row.getString("country"), closedOn, ChronoUnit.DAYS.between(closedOn, query.asOf()));
                },
                query.closedBefore());
    }

    private GrievanceView view(ResultSet row, GrievanceReaders readers) throws SQLException {
        UUID id = row.getObject("grievance_id", UUID.class);
        String country = row.getString("country");
        return new GrievanceView(new GrievanceId(id), country, GrievanceChannel.valueOf(row.getString("channel")),
                enums(row.getArray("categories"), GrievanceCategory.class),
                GrievanceStatus.valueOf(row.getString("status")), row.getObject("reported_on", LocalDate.class),
                row.getObject("resolved_on", LocalDate.class), row.getObject("closed_on", LocalDate.class),
                readers.mayReadCaseFile(country) ? caseFile(id, row) : null);
    }

    private CaseFileView caseFile(UUID id, ResultSet grievance) throws SQLException {
        UUID worker = grievance.getObject("worker_person_id", UUID.class);
        UUID contract = grievance.getObject("contract_id", UUID.class);
        List<CaseFileView.Evidence> evidence = jdbc.query(
                "select * from grievance_evidence where grievance_id = ? order by global_index",
                (row, n) -> new CaseFileView.Evidence(row.getString("description"), row.getString("document_reference"),
                        row.getObject("added_on", LocalDate.class)), id);
        List<CaseFileView.Referral> referrals = jdbc.query(
                "select * from grievance_referral where grievance_id = ? order by referred_on, referral_id",
                (row, n) -> new CaseFileView.Referral(new ReferralId(row.getObject("referral_id", UUID.class)),
                        ReferralTarget.valueOf(row.getString("target")), row.getBoolean("consent"),
                        row.getString("override_reason"), row.getObject("referred_on", LocalDate.class),
                        row.getString("answer") == null ? null : ReferralAnswer.valueOf(row.getString("answer")),
                        row.getString("answer_reason"), row.getObject("answered_on", LocalDate.class)), id);
        List<HistoryEntry> entries = history.of(id);
        return jdbc.query("select * from grievance_case_file where grievance_id = ?", (row, n) -> {
            String outcome = row.getString("screening_outcome");
            BigDecimal wages = row.getBigDecimal("wages_recovered");
            Array outcomes = row.getArray("outcomes");
            LocalDate erasedOn = row.getObject("erased_on", LocalDate.class);
            return new CaseFileView(worker == null ? null : new PersonId(worker), row.getString("worker_name"),
                    row.getString("passport_number"), contract == null ? null : new ContractId(contract),
                    row.getString("employer_name"), row.getString("city"), row.getString("narrative"), evidence,
                    outcome == null ? null : new CaseFileView.Screening(
                            enums(row.getArray("indicators"), GrievanceCategory.class),
                            ScreeningOutcome.valueOf(outcome), ScreeningAuthority.valueOf(row.getString("screening_by")),
                            row.getObject("screening_on", LocalDate.class)),
                    referrals, outcomes == null ? Set.of() : enums(outcomes, GrievanceOutcome.class),
                    wages == null ? null : new Money(wages, row.getString("wages_currency")), entries,
                    erasedOn == null ? null : new CaseFileView.Erasure(
                            ErasureGround.valueOf(row.getString("erasure_ground")), row.getString("erasure_reason"),
                            erasedOn));
        }, id).stream().findFirst().map(keys.opening(id)::opened).orElse(null);
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(name -> Enum.valueOf(type, name))
                .collect(Collectors.toSet());
    }
}
