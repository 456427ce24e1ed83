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
import io.tabien.contracts.labour.FeePaymentRecorded;
import io.tabien.contracts.labour.LicenceReinstated;
import io.tabien.contracts.labour.LicenceRenewed;
import io.tabien.contracts.labour.LicenceRevoked;
import io.tabien.contracts.labour.LicenceSuspended;
import io.tabien.contracts.labour.ReturnRegistered;
import io.tabien.contracts.labour.SavingsDeposited;
import io.tabien.contracts.labour.SavingsRefunded;
import io.tabien.contracts.labour.WorkerDeparted;
import io.tabien.contracts.labour.WorkerReturned;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The facts the labour rules judge, kept in the flags projection's own tables: agency licences, contracts and
 * their steps, returns without contract, and where people live. Each change is passed on to {@link PersonFlags},
 * which judges the flags of the persons concerned again.
 */
@Component
@ProcessingGroup(FlagsProjection.NAME)
class LabourFactsProjection {

    private final JdbcTemplate jdbc;
    private final PersonFlags flags;

    LabourFactsProjection(JdbcTemplate jdbc, PersonFlags flags) {
        this.jdbc = jdbc;
        this.flags = flags;
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
        flags.personChanged(event.workerPersonId().value());
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
        flags.contractChanged(event.contractId().value());
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
        flags.personChanged(event.personId().value());
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
        flags.personChanged(event.personId().value());
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("flag_agency", "flag_agency_event", "flag_contract", "flag_contract_step",
                "flag_return", "flag_household", "flag_membership")) {
            jdbc.update("delete from " + table);
        }
    }

    private void agencyEvent(UUID agency, EventMessage<?> message, String event, LocalDate first, LocalDate last) {
        jdbc.update("""
                        insert into flag_agency_event (agency_id, global_index, event, first_day, last_day)
                        values (?, ?, ?, ?, ?)
                        on conflict do nothing""",
                agency, EventPositions.of(jdbc, message), event, first, last);
        flags.agencyChanged(agency);
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
        flags.contractChanged(contract);
    }

    private void member(UUID person, UUID familyBook) {
        jdbc.update("""
                        insert into flag_membership (person_id, family_book_id) values (?, ?)
                        on conflict (person_id) do update set family_book_id = excluded.family_book_id""",
                person, familyBook);
        flags.personChanged(person);
    }

}
