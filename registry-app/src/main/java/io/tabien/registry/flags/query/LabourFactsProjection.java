package io.tabien.registry.flags.query;

import io.tabien.registry.platform.axon.EventPositions;
import io.tabien.contracts.civil.FamilyBookIssued;
import io.tabien.contracts.civil.FamilyMemberAdded;
import io.tabien.contracts.civil.FamilyMemberRemoved;
import io.tabien.contracts.labour.AgencyClosed;
import io.tabien.contracts.labour.AgencyLicensed;
import io.tabien.contracts.labour.ContractApproved;
import io.tabien.contracts.labour.ContractExplainedToWorker;
import io.tabien.contracts.labour.ContractRegistered;
import io.tabien.contracts.labour.FeePayer;
import io.tabien.contracts.labour.FeePaymentRecorded;
import io.tabien.contracts.labour.FeeType;
import io.tabien.contracts.labour.LicenceReinstated;
import io.tabien.contracts.labour.LicenceRenewed;
import io.tabien.contracts.labour.LicenceRevoked;
import io.tabien.contracts.labour.LicenceSuspended;
import io.tabien.contracts.labour.ReturnRegistered;
import io.tabien.contracts.labour.SavingsDeposited;
import io.tabien.contracts.labour.SavingsRefunded;
import io.tabien.contracts.labour.Sector;
import io.tabien.contracts.labour.WorkerDeparted;
import io.tabien.contracts.labour.WorkerReturned;
import io.tabien.registry.labour.LicenceTimeline;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The facts the labour rules judge, kept in the flags projection's own tables: agency licences, contracts and
 * their steps, returns without contract, and where people live.
 */
@Component
@ProcessingGroup(FlagsProjection.NAME)
class LabourFactsProjection {

    private final JdbcTemplate jdbc;

    LabourFactsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AgencyLicensed event, EventMessage<?> message) {
        jdbc.update("insert into flag_agency (agency_id, name) values (?, ?) on conflict do nothing",
                event.agencyId().value(), event.name());
        agencyEvent(event.agencyId().value(), message, "LICENSED", event.licensedFrom(), event.licensedUntil());
    }

    @EventHandler
    void on(LicenceRenewed event, EventMessage<?> message) {
        agencyEvent(event.agencyId().value(), message, "RENEWED", event.renewedOn(), event.licensedUntil());
    }

    @EventHandler
    void on(LicenceSuspended event, EventMessage<?> message) {
        agencyEvent(event.agencyId().value(), message, "SUSPENDED", event.from(), event.until());
    }

    @EventHandler
    void on(LicenceReinstated event, EventMessage<?> message) {
        agencyEvent(event.agencyId().value(), message, "REINSTATED", event.on(), null);
    }

    @EventHandler
    void on(LicenceRevoked event, EventMessage<?> message) {
        agencyEvent(event.agencyId().value(), message, "REVOKED", event.on(), null);
    }

    @EventHandler
    void on(AgencyClosed event, EventMessage<?> message) {
        agencyEvent(event.agencyId().value(), message, "CLOSED", event.closedOn(), null);
    }

    @EventHandler
    void on(ContractRegistered event, EventMessage<ContractRegistered> message) {
        jdbc.update("""
                        insert into flag_contract (contract_id, worker_person_id, agency_id, sector, destination_country,
                            wage_amount, wage_currency, signed_on, registered_index, registered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""",
                event.contractId().value(), event.workerPersonId().value(),
                event.agencyId() == null ? null : event.agencyId().value(), event.sector().name(),
                event.destinationCountry(), event.monthlyWage().amount(), event.monthlyWage().currency(),
                event.signedOn(), EventPositions.of(jdbc, message), Timestamp.from(message.getTimestamp()));
    }

    @EventHandler
    void on(ContractApproved event, EventMessage<?> message) {
        step(event.contractId().value(), message, ContractFacts.Kind.APPROVED, event.approvedOn(), null,
                null, null, null, null);
    }

    @EventHandler
    void on(ContractExplainedToWorker event, EventMessage<?> message) {
        step(event.contractId().value(), message, ContractFacts.Kind.EXPLAINED, event.explainedOn(),
                event.workerAcknowledged(), null, null, null, null);
    }

    @EventHandler
    void on(WorkerDeparted event, EventMessage<?> message) {
        step(event.contractId().value(), message, ContractFacts.Kind.DEPARTED, event.departedOn(), null, null,
                null, null, null);
    }

    @EventHandler
    void on(WorkerReturned event, EventMessage<?> message) {
        step(event.contractId().value(), message, ContractFacts.Kind.RETURNED, event.returnedOn(), null, null,
                null, null, null);
    }

    @EventHandler
    void on(FeePaymentRecorded event, EventMessage<?> message) {
        jdbc.update("""
                        insert into flag_contract_step (contract_id, global_index, step, on_day, stored_at, payer,
                            payee_agency, fee_type, amount, currency, receipt)
                        values (?, ?, 'FEE', ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""",
                event.contractId().value(), EventPositions.of(jdbc, message), event.paidOn(), Timestamp.from(message.getTimestamp()),
                event.payer().name(), event.payeeAgencyId() == null ? null : event.payeeAgencyId().value(),
                event.type().name(), event.amount().amount(), event.amount().currency(), event.receiptNumber());
    }

    @EventHandler
    void on(SavingsDeposited event, EventMessage<?> message) {
        step(event.contractId().value(), message, ContractFacts.Kind.SAVINGS_DEPOSIT, event.depositedOn(), null,
                null, null, event.amount().amount(), event.amount().currency());
    }

    @EventHandler
    void on(SavingsRefunded event, EventMessage<?> message) {
        step(event.contractId().value(), message, ContractFacts.Kind.SAVINGS_REFUND, event.refundedOn(), null,
                null, null, event.amount().amount(), event.amount().currency());
    }

    @EventHandler
    void on(ReturnRegistered event, EventMessage<?> message) {
        jdbc.update("""
                        insert into flag_return (return_id, person_id, global_index, returned_on, stored_at)
                        values (?, ?, ?, ?, ?)
                        on conflict do nothing""",
                event.returnId().value(), event.personId().value(), EventPositions.of(jdbc, message), event.returnedOn(),
                Timestamp.from(message.getTimestamp()));
    }

    @EventHandler
    void on(FamilyBookIssued event) {
        jdbc.update("insert into flag_household (family_book_id, province, district) values (?, ?, ?) on conflict do nothing",
                event.familyBookId().value(), event.address().province(), event.address().district());
        member(event.headPersonId().value(), event.familyBookId().value());
    }

    @EventHandler
    void on(FamilyMemberAdded event) {
        member(event.personId().value(), event.familyBookId().value());
    }

    @EventHandler
    void on(FamilyMemberRemoved event) {
        jdbc.update("delete from flag_membership where person_id = ? and family_book_id = ?",
                event.personId().value(), event.familyBookId().value());
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("flag_agency", "flag_agency_event", "flag_contract", "flag_contract_step",
                "flag_return", "flag_household", "flag_membership")) {
            jdbc.update("delete from " + table);
        }
    }

    /**
     * The contracts of one worker, or of all workers when {@code worker} is null, to one destination country or to
     * any when {@code country} is null, with everything rules need.
     */
    List<ContractFacts> contracts(UUID worker, String country) {
        Map<UUID, LicenceTimeline> licences = licences();
        Map<UUID, String> agencyNames = new HashMap<>();
        jdbc.query("select agency_id, name from flag_agency",
                row -> {
                    agencyNames.put(row.getObject(1, UUID.class), row.getString(2));
                });
        List<Object> arguments = new ArrayList<>();
        StringBuilder which = new StringBuilder(" where true");
        if (worker != null) {
            which.append(" and c.worker_person_id = ?");
            arguments.add(worker);
        }
        if (country != null) {
            which.append(" and c.destination_country = ?");
            arguments.add(country);
        }
        Map<UUID, List<ContractFacts.Step>> steps = new HashMap<>();
        jdbc.query("select s.* from flag_contract_step s join flag_contract c on c.contract_id = s.contract_id"
                        + which + " order by s.global_index",
                row -> {
                    UUID payee = row.getObject("payee_agency", UUID.class);
                    String payer = row.getString("payer");
                    String feeType = row.getString("fee_type");
                    Timestamp stored = row.getTimestamp("stored_at");
                    steps.computeIfAbsent(row.getObject("contract_id", UUID.class), id -> new ArrayList<>())
                            .add(new ContractFacts.Step(row.getLong("global_index"),
                                    ContractFacts.Kind.valueOf(row.getString("step")),
                                    row.getObject("on_day", LocalDate.class), stored.toInstant(),
                                    row.getBoolean("acknowledged"), payer == null ? null : FeePayer.valueOf(payer),
                                    payee, payee == null ? null : agencyNames.get(payee),
                                    payee == null ? null : licences.get(payee),
                                    feeType == null ? null : FeeType.valueOf(feeType), row.getBigDecimal("amount"),
                                    row.getString("currency"), row.getString("receipt")));
                }, arguments.toArray());
        return jdbc.query("""
                        select c.*, b.date_of_birth, b.global_index as birth_index, b.stored_at as birth_stored_at,
                        """ + PersonPlace.COLUMNS + " from flag_contract c" + PersonPlace.joinedOn("c.worker_person_id")
                        + which + " order by c.registered_index",
                (row, n) -> {
                    UUID contract = row.getObject("contract_id", UUID.class);
                    UUID agency = row.getObject("agency_id", UUID.class);
                    Timestamp birthStored = row.getTimestamp("birth_stored_at");
                    long birthIndex = row.getLong("birth_index");
                    boolean born = !row.wasNull();
                    return new ContractFacts(contract, row.getObject("worker_person_id", UUID.class), agency,
                            agency == null ? null : agencyNames.get(agency), agency == null ? null : licences.get(agency),
                            Sector.valueOf(row.getString("sector")), row.getString("destination_country"),
                            row.getBigDecimal("wage_amount"), row.getString("wage_currency"),
                            row.getObject("signed_on", LocalDate.class), row.getLong("registered_index"),
                            row.getTimestamp("registered_at").toInstant(),
                            new ContractFacts.Worker(row.getObject("date_of_birth", LocalDate.class),
                                    born ? birthIndex : null, birthStored == null ? null : birthStored.toInstant(),
                                    row.getString("province"), row.getString("district")),
                            steps.getOrDefault(contract, List.of()));
                }, arguments.toArray());
    }

    /** Returns without contract, of one person or of all, each with the person's first recorded departure. */
    List<ReturnWithoutDeparture.Return> returns(UUID person) {
        return jdbc.query("""
                        select r.*, (select min(s.global_index) from flag_contract_step s
                                     join flag_contract c on c.contract_id = s.contract_id
                                     where c.worker_person_id = r.person_id and s.step = 'DEPARTED') as first_departure,
                        """ + PersonPlace.COLUMNS + " from flag_return r" + PersonPlace.joinedOn("r.person_id")
                        + (person == null ? "" : " where r.person_id = ?") + " order by r.global_index",
                (row, n) -> {
                    long departure = row.getLong("first_departure");
                    Long firstDeparture = row.wasNull() ? null : departure;
                    return new ReturnWithoutDeparture.Return(row.getObject("return_id", UUID.class),
                            row.getObject("person_id", UUID.class), row.getLong("global_index"),
                            row.getObject("returned_on", LocalDate.class), row.getTimestamp("stored_at").toInstant(),
                            firstDeparture, row.getString("province"), row.getString("district"));
                }, person == null ? new Object[0] : new Object[]{person});
    }

    private Map<UUID, LicenceTimeline> licences() {
        Map<UUID, LicenceTimeline> licences = new HashMap<>();
        jdbc.query("select * from flag_agency_event order by global_index", row -> {
            UUID agency = row.getObject("agency_id", UUID.class);
            LocalDate first = row.getObject("first_day", LocalDate.class);
            LocalDate last = row.getObject("last_day", LocalDate.class);
            LicenceTimeline current = licences.get(agency);
            LicenceTimeline next = switch (row.getString("event")) {
                case "LICENSED" -> LicenceTimeline.licensed(first, last);
                case "RENEWED" -> current.renewed(first, last);
                case "SUSPENDED" -> current.suspended(first, last);
                case "REINSTATED" -> current.reinstated(first);
                case "REVOKED" -> current.revoked(first);
                case "CLOSED" -> current.closed(first);
                default -> throw new IllegalStateException("unknown licence event");
            };
            licences.put(agency, next);
        });
        return licences;
    }

    private void agencyEvent(UUID agency, EventMessage<?> message, String event, LocalDate first, LocalDate last) {
        jdbc.update("""
                        insert into flag_agency_event (agency_id, global_index, event, first_day, last_day)
                        values (?, ?, ?, ?, ?)
                        on conflict do nothing""",
                agency, EventPositions.of(jdbc, message), event, first, last);
    }

    private void step(UUID contract, EventMessage<?> message, ContractFacts.Kind kind,
                      LocalDate onDay, Boolean acknowledged, String payer, String feeType, BigDecimal amount,
                      String currency) {
        jdbc.update("""
                        insert into flag_contract_step (contract_id, global_index, step, on_day, stored_at,
                            acknowledged, payer, fee_type, amount, currency)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""",
                contract, EventPositions.of(jdbc, message), kind.name(), onDay, Timestamp.from(message.getTimestamp()), acknowledged,
                payer, feeType, amount, currency);
    }

    private void member(UUID person, UUID familyBook) {
        jdbc.update("""
                        insert into flag_membership (person_id, family_book_id) values (?, ?)
                        on conflict (person_id) do update set family_book_id = excluded.family_book_id""",
                person, familyBook);
    }

}
