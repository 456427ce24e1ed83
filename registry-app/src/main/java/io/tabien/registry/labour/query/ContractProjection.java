package io.tabien.registry.labour.query;

import io.tabien.registry.labour.ContractFold;
import io.tabien.registry.platform.axon.EventPositions;
import io.tabien.contracts.civil.BirthRecordCorrected;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.grievance.GrievanceCategory;
import io.tabien.contracts.grievance.GrievanceClosed;
import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.GrievanceRegistered;
import io.tabien.contracts.grievance.GrievanceResolved;
import io.tabien.contracts.grievance.GrievanceStatus;
import io.tabien.contracts.grievance.GrievanceSummary;
import io.tabien.contracts.labour.AgencyId;
import io.tabien.contracts.labour.Channel;
import io.tabien.contracts.labour.ContractApproved;
import io.tabien.contracts.labour.ContractExplainedToWorker;
import io.tabien.contracts.labour.ContractId;
import io.tabien.contracts.labour.ContractReaders;
import io.tabien.contracts.labour.ContractRegistered;
import io.tabien.contracts.labour.ContractRejected;
import io.tabien.contracts.labour.ContractState;
import io.tabien.contracts.labour.ContractTerminated;
import io.tabien.contracts.labour.ContractView;
import io.tabien.contracts.labour.FeePayer;
import io.tabien.contracts.labour.FeePaymentRecorded;
import io.tabien.contracts.labour.FeeType;
import io.tabien.contracts.labour.FeeView;
import io.tabien.contracts.labour.FindContract;
import io.tabien.contracts.labour.FindContracts;
import io.tabien.contracts.labour.FindReturn;
import io.tabien.contracts.labour.Money;
import io.tabien.contracts.labour.ReturnReason;
import io.tabien.contracts.labour.ReturnRecordId;
import io.tabien.contracts.labour.ReturnRegistered;
import io.tabien.contracts.labour.ReturnView;
import io.tabien.contracts.labour.SavingsDeposited;
import io.tabien.contracts.labour.SavingsRefunded;
import io.tabien.contracts.labour.Sector;
import io.tabien.contracts.labour.WorkerDeparted;
import io.tabien.contracts.labour.WorkerReturned;
import io.tabien.registry.platform.axon.RowsAtBatchEnd;
import io.tabien.registry.platform.history.HistoryTable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Recruitment contracts with their state, fees, savings balance and history; returns without contract. */
@Component
@ProcessingGroup(ContractProjection.NAME)
class ContractProjection {

    static final String NAME = "contracts";

    /** A worker's place of birth, as the birth registered it or a correction changed it. */
    private static final String PLACE = """
            insert into recruitment_contract_worker_place (person_id, birth_province, birth_district)
            values (?, ?, ?)
            on conflict (person_id) do update set birth_province = excluded.birth_province,
                birth_district = excluded.birth_district""";

    private final JdbcTemplate jdbc;
    private final HistoryTable history;

    ContractProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.history = new HistoryTable(jdbc, "recruitment_contract_history", "contract_id");
    }

    @EventHandler
    void on(ContractRegistered event, EventMessage<?> message) {
        jdbc.update("""
                        insert into recruitment_contract (contract_id, worker_person_id, agency_id, channel,
                            employer_name, destination_country, sector, job_title, wage_amount, wage_currency,
                            duration_months, contract_language, signed_on, state)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED')
                        on conflict (contract_id) do nothing""",
                event.contractId().value(), event.workerPersonId().value(),
                event.agencyId() == null ? null : event.agencyId().value(), event.channel().name(),
                event.employerName(), event.destinationCountry(), event.sector().name(), event.jobTitle(),
                event.monthlyWage().amount(), event.monthlyWage().currency(), event.durationMonths(),
                event.contractLanguage(), event.signedOn());
        record(event.contractId(), message, "Contract registered: " + event.sector() + " in "
                + event.destinationCountry() + ", signed " + event.signedOn() + ".");
    }

    @EventHandler
    void on(ContractExplainedToWorker event, EventMessage<?> message) {
        jdbc.update("""
                        update recruitment_contract set explained_on = ?, explained_language = ?, worker_acknowledged = ?
                        where contract_id = ? and (worker_acknowledged is null or not worker_acknowledged)""",
                event.explainedOn(), event.language(), event.workerAcknowledged(), event.contractId().value());
        record(event.contractId(), message, "Explained in '" + event.language() + "' on " + event.explainedOn()
                + (event.workerAcknowledged() ? ", acknowledged by the worker." : ", not acknowledged by the worker."));
    }

    @EventHandler
    void on(ContractApproved event, EventMessage<?> message) {
        jdbc.update("update recruitment_contract set approved_on = ? where contract_id = ?", event.approvedOn(),
                event.contractId().value());
        state(event.contractId());
        record(event.contractId(), message, "Approved on " + event.approvedOn() + ".");
    }

    @EventHandler
    void on(ContractRejected event, EventMessage<?> message) {
        jdbc.update("update recruitment_contract set state = 'REJECTED' where contract_id = ?",
                event.contractId().value());
        record(event.contractId(), message, "Rejected on " + event.rejectedOn() + ": " + event.reason());
    }

    @EventHandler
    void on(WorkerDeparted event, EventMessage<?> message) {
        jdbc.update("update recruitment_contract set departed_on = ? where contract_id = ?", event.departedOn(),
                event.contractId().value());
        state(event.contractId());
        record(event.contractId(), message, "Worker departed on " + event.departedOn() + " through "
                + event.checkpoint() + ".");
    }

    @EventHandler
    void on(WorkerReturned event, EventMessage<?> message) {
        jdbc.update("update recruitment_contract set returned_on = ?, return_reason = ? where contract_id = ?",
                event.returnedOn(), event.reason().name(), event.contractId().value());
        state(event.contractId());
        record(event.contractId(), message, "Worker returned on " + event.returnedOn() + " through "
                + event.checkpoint() + " (" + event.reason() + ").");
    }

    @EventHandler
    void on(ContractTerminated event, EventMessage<?> message) {
        jdbc.update("update recruitment_contract set terminated_on = ? where contract_id = ?",
                event.terminatedOn(), event.contractId().value());
        state(event.contractId());
        record(event.contractId(), message, "Terminated on " + event.terminatedOn() + ": " + event.reason());
    }

    @EventHandler
    void on(FeePaymentRecorded event, EventMessage<?> message) {
        jdbc.update("""
                        insert into recruitment_contract_money (contract_id, global_index, kind, payer, payee_agency,
                            payee_name, fee_type, amount, currency, on_day, receipt)
                        values (?, ?, 'FEE', ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""",
                event.contractId().value(), EventPositions.of(jdbc, message), event.payer().name(),
                event.payeeAgencyId() == null ? null : event.payeeAgencyId().value(), event.payeeName(),
                event.type().name(), event.amount().amount(), event.amount().currency(), event.paidOn(),
                event.receiptNumber());
        record(event.contractId(), message, event.type() + " fee of " + event.amount().amount().toPlainString()
                + " " + event.amount().currency() + " paid by the " + event.payer().name().toLowerCase() + " on "
                + event.paidOn() + ".");
    }

    @EventHandler
    void on(SavingsDeposited event, EventMessage<?> message) {
        money(event.contractId(), "SAVINGS_DEPOSIT", event.amount(), event.depositedOn(), message);
        record(event.contractId(), message, "Savings of " + event.amount().amount().toPlainString() + " "
                + event.amount().currency() + " deposited on " + event.depositedOn() + ".");
    }

    @EventHandler
    void on(SavingsRefunded event, EventMessage<?> message) {
        money(event.contractId(), "SAVINGS_REFUND", event.amount(), event.refundedOn(), message);
        record(event.contractId(), message, "Savings of " + event.amount().amount().toPlainString() + " "
                + event.amount().currency() + " refunded on " + event.refundedOn() + ".");
    }

    @EventHandler
    void on(ReturnRegistered event) {
        jdbc.update("""
                        insert into return_record (return_id, person_id, returned_on, checkpoint, from_country,
                            worked_abroad)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict do nothing""",
                event.returnId().value(), event.personId().value(), event.returnedOn(), event.checkpoint(),
                event.fromCountry(), event.workedAbroad());
    }

    @EventHandler
    void on(GrievanceRegistered event) {
        if (event.contractId() == null) {
            return;
        }
        jdbc.update("""
                        insert into recruitment_contract_grievance (grievance_id, contract_id, categories, status)
                        values (?, ?, ?, 'OPEN')
                        on conflict do nothing""",
                ps -> {
                    ps.setObject(1, event.grievanceId().value());
                    ps.setObject(2, event.contractId().value());
                    ps.setArray(3, ps.getConnection().createArrayOf("text",
                            event.categories().stream().map(Enum::name).sorted().toArray()));
                });
    }

    @EventHandler
    void on(GrievanceResolved event) {
        jdbc.update("update recruitment_contract_grievance set status = 'RESOLVED' where grievance_id = ? and status = 'OPEN'",
                event.grievanceId().value());
    }

    @EventHandler
    void on(GrievanceClosed event) {
        jdbc.update("update recruitment_contract_grievance set status = 'CLOSED' where grievance_id = ?",
                event.grievanceId().value());
    }

    /**
     * Where a worker was born, written with the batch ({@link RowsAtBatchEnd}): every birth has a row, and nothing
     * the batch handles reads them, so they go into one statement rather than one each.
     */
    @EventHandler
    void on(BirthRegistered event) {
        RowsAtBatchEnd.insert(jdbc, PLACE, new Object[] {event.personId().value(), event.placeOfBirth().province(),
                event.placeOfBirth().district()});
    }

    /** A corrected place replaces the one a birth of the same batch may still keep, so that one is written first. */
    @EventHandler
    void on(BirthRecordCorrected event) {
        if (event.changes().changes(BirthRecordField.placeOfBirth)) {
            RowsAtBatchEnd.writeKept(jdbc, PLACE, RowsAtBatchEnd::firstColumn, event.personId().value());
            jdbc.update(PLACE, event.personId().value(), event.changes().placeOfBirth().province(),
                    event.changes().placeOfBirth().district());
        }
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("recruitment_contract", "recruitment_contract_money", "return_record",
                "recruitment_contract_worker_place", "recruitment_contract_grievance")) {
            jdbc.update("delete from " + table);
        }
        history.clear();
    }

    @QueryHandler
    Optional<ContractView> handle(FindContract query) {
        List<Object> arguments = new ArrayList<>(List.of(query.contractId().value()));
        String visible = visibleTo(query.readers(), arguments);
        return jdbc.query("select c.* from recruitment_contract c"
                        + " left join recruitment_contract_worker_place w on w.person_id = c.worker_person_id"
                        + " where c.contract_id = ? and " + visible, this::view, arguments.toArray())
                .stream().findFirst();
    }

    @QueryHandler
    List<ContractView> handle(FindContracts query) {
        StringBuilder sql = new StringBuilder("select c.* from recruitment_contract c"
                + " left join recruitment_contract_worker_place w on w.person_id = c.worker_person_id where true");
        List<Object> arguments = new ArrayList<>();
        if (query.workerPersonId() != null) {
            sql.append(" and c.worker_person_id = ?");
            arguments.add(query.workerPersonId());
        }
        if (query.agencyId() != null) {
            sql.append(" and c.agency_id = ?");
            arguments.add(query.agencyId());
        }
        sql.append(" and ").append(visibleTo(query.readers(), arguments));
        sql.append(" order by c.signed_on desc, c.contract_id limit 200");
        return jdbc.query(sql.toString(), this::view, arguments.toArray());
    }

    @QueryHandler
    Optional<ReturnView> handle(FindReturn query) {
        return jdbc.query("select * from return_record where return_id = ?",
                (row, n) -> new ReturnView(new ReturnRecordId(row.getObject("return_id", UUID.class)),
                        new PersonId(row.getObject("person_id", UUID.class)),
                        row.getObject("returned_on", LocalDate.class), row.getString("checkpoint"),
                        row.getString("from_country"), row.getBoolean("worked_abroad")),
                query.returnId().value()).stream().findFirst();
    }

    /** Registrars see workers born in their jurisdiction; attachés see contracts to their country. */
    private static String visibleTo(ContractReaders readers, List<Object> arguments) {
        if (readers.destinationCountry() != null) {
            arguments.add(readers.destinationCountry());
            return "c.destination_country = ?";
        }
        if (readers.jurisdiction() != null) {
            arguments.add(readers.jurisdiction());
            return readers.jurisdiction().startsWith("LA-") ? "w.birth_province = ?" : "w.birth_district = ?";
        }
        return "true";
    }

    /** The contract's state by the same judgement as the contract's own fold, from the columns this table keeps. */
    private void state(ContractId contract) {
        jdbc.query("""
                        select state, approved_on, departed_on, returned_on, terminated_on from recruitment_contract
                        where contract_id = ?""",
                row -> {
                    ContractState state = ContractFold.state("REJECTED".equals(row.getString("state")),
                            row.getObject("approved_on", LocalDate.class), row.getObject("departed_on", LocalDate.class),
                            row.getObject("returned_on", LocalDate.class), row.getObject("terminated_on", LocalDate.class));
                    jdbc.update("update recruitment_contract set state = ? where contract_id = ?", state.name(),
                            contract.value());
                },
                contract.value());
    }

    private void money(ContractId contract, String kind, Money amount, LocalDate day, EventMessage<?> message) {
        jdbc.update("""
                        insert into recruitment_contract_money (contract_id, global_index, kind, amount, currency, on_day)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict do nothing""",
                contract.value(), EventPositions.of(jdbc, message), kind, amount.amount(), amount.currency(), day);
    }

    private void record(ContractId contract, EventMessage<?> message, String summary) {
        history.record(contract.value(), message, summary);
    }

    private List<GrievanceSummary> grievances(UUID contract) {
        return jdbc.query("select * from recruitment_contract_grievance where contract_id = ? order by grievance_id",
                (row, n) -> new GrievanceSummary(new GrievanceId(row.getObject("grievance_id", UUID.class)),
                        java.util.Arrays.stream((String[]) row.getArray("categories").getArray())
                                .map(GrievanceCategory::valueOf).collect(java.util.stream.Collectors.toSet()),
                        GrievanceStatus.valueOf(row.getString("status"))),
                contract);
    }

    private ContractView view(ResultSet row, int rowNumber) throws SQLException {
        UUID id = row.getObject("contract_id", UUID.class);
        UUID agency = row.getObject("agency_id", UUID.class);
        List<FeeView> fees = jdbc.query("""
                        select * from recruitment_contract_money where contract_id = ? and kind = 'FEE'
                        order by global_index""",
                (fee, n) -> {
                    UUID payee = fee.getObject("payee_agency", UUID.class);
                    return new FeeView(FeePayer.valueOf(fee.getString("payer")),
                            payee == null ? null : new AgencyId(payee), fee.getString("payee_name"),
                            FeeType.valueOf(fee.getString("fee_type")),
                            new Money(fee.getBigDecimal("amount"), fee.getString("currency")),
                            fee.getObject("on_day", LocalDate.class), fee.getString("receipt"));
                }, id);
        List<Money> savings = jdbc.query("""
                        select currency, sum(case when kind = 'SAVINGS_DEPOSIT' then amount else -amount end) as balance
                        from recruitment_contract_money where contract_id = ? and kind like 'SAVINGS%'
                        group by currency order by currency""",
                (balance, n) -> new Money(balance.getBigDecimal("balance"), balance.getString("currency")), id);
        String returnReason = row.getString("return_reason");
        boolean acknowledged = row.getBoolean("worker_acknowledged");
        Boolean workerAcknowledged = row.wasNull() ? null : acknowledged;
        return new ContractView(new ContractId(id), new PersonId(row.getObject("worker_person_id", UUID.class)),
                agency == null ? null : new AgencyId(agency), Channel.valueOf(row.getString("channel")),
                row.getString("employer_name"), row.getString("destination_country"),
                Sector.valueOf(row.getString("sector")), row.getString("job_title"),
                new Money(row.getBigDecimal("wage_amount"), row.getString("wage_currency")),
                row.getInt("duration_months"), row.getString("contract_language"),
                row.getObject("signed_on", LocalDate.class), ContractState.valueOf(row.getString("state")),
                row.getObject("approved_on", LocalDate.class), row.getObject("departed_on", LocalDate.class),
                row.getObject("returned_on", LocalDate.class),
                returnReason == null ? null : ReturnReason.valueOf(returnReason),
                row.getObject("terminated_on", LocalDate.class), row.getObject("explained_on", LocalDate.class),
                row.getString("explained_language"), workerAcknowledged, fees,
                savings.stream().filter(money -> money.amount().compareTo(BigDecimal.ZERO) != 0).toList(),
                grievances(id), history.of(id));
    }
}
