package io.tabien.registry.labour.command;

import io.tabien.registry.labour.ContractFold;
import io.tabien.registry.labour.ContractSteps.Step;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.tabien.contracts.labour.ApproveContract;
import io.tabien.contracts.labour.ContractApproved;
import io.tabien.contracts.labour.ContractExplainedToWorker;
import io.tabien.contracts.labour.ContractId;
import io.tabien.contracts.labour.ContractRegistered;
import io.tabien.contracts.labour.ContractRejected;
import io.tabien.contracts.labour.ContractTerminated;
import io.tabien.contracts.labour.DepositSavings;
import io.tabien.contracts.labour.ExplainContract;
import io.tabien.contracts.labour.FeePaymentRecorded;
import io.tabien.contracts.labour.RecordDeparture;
import io.tabien.contracts.labour.RecordFeePayment;
import io.tabien.contracts.labour.RecordReturn;
import io.tabien.contracts.labour.RefundSavings;
import io.tabien.contracts.labour.RegisterContract;
import io.tabien.contracts.labour.RejectContract;
import io.tabien.contracts.labour.SavingsDeposited;
import io.tabien.contracts.labour.SavingsRefunded;
import io.tabien.contracts.labour.TerminateContract;
import io.tabien.contracts.labour.WorkerDeparted;
import io.tabien.contracts.labour.WorkerReturned;
import io.tabien.registry.platform.errors.PersonDeceased;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;

import static io.tabien.registry.labour.command.LabourPolicy.mustBeALanguage;
import static io.tabien.registry.labour.command.LabourPolicy.mustBeMoney;
import static io.tabien.registry.labour.command.LabourPolicy.require;
import static io.tabien.registry.labour.command.LabourPolicy.stripped;
import static io.tabien.registry.platform.reference.Countries.mustBeACountry;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A recruitment contract from signing to the worker's return, with the money around it. Its lifecycle: approved or
 * rejected before departure (approval may also follow a departure, which is then irregular), departed, returned;
 * terminated at any point before the return. A worker may be recorded as departing on an unapproved contract: the
 * registry records what happened and flags it, rather than refusing the fact.
 */
@Aggregate(snapshotTriggerDefinition = "longStreamSnapshots")
// Revision 2 holds the contract's state as its fold: snapshots of the fields it held before are passed over.
@Revision("2")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
class RecruitmentContract {

    @AggregateIdentifier
    private ContractId contractId;
    /** The contract's state, evolved by the one fold its read model and audit use too. Not final: a snapshot restores it. */
    private ContractFold contract;

    RecruitmentContract() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    RecruitmentContract(RegisterContract command, LabourPolicy policy, LabourLookups lookups) {
        require(command.workerPersonId(), "workerPersonId");
        require(command.channel(), "channel");
        require(command.employerName(), "employerName");
        require(command.sector(), "sector");
        require(command.jobTitle(), "jobTitle");
        mustBeACountry(command.destinationCountry(), "destinationCountry");
        if ("LA".equals(command.destinationCountry())) {
            throw new DestinationIsLaos("destinationCountry");
        }
        mustBeMoney(command.monthlyWage(), "monthlyWage");
        if (command.durationMonths() < 1 || command.durationMonths() > 120) {
            throw new DurationOutOfRange();
        }
        mustBeALanguage(command.contractLanguage(), "contractLanguage");
        policy.notInTheFuture(command.signedOn(), "signedOn");
        if (command.agencyId() != null && !lookups.agencyExists(command.agencyId())) {
            throw new UnknownAgency("agencyId");
        }
        policy.civilRecords().civilRecord(command.workerPersonId()).ifPresent(worker -> {
            if (!worker.alive()) {
                throw new PersonDeceased("workerPersonId");
            }
        });
        apply(new ContractRegistered(command.contractId(), command.workerPersonId(), command.agencyId(),
                command.channel(), command.employerName().strip(), command.destinationCountry(), command.sector(),
                command.jobTitle().strip(), command.monthlyWage(), command.durationMonths(),
                command.contractLanguage(), command.signedOn()));
    }

    @CommandHandler
    void handle(ExplainContract command, LabourPolicy policy) {
        mustBeAllowed(Step.EXPLANATION);
        mustBeALanguage(command.language(), "language");
        require(command.explainedBy(), "explainedBy");
        onOrAfterSigning(command.explainedOn(), "explainedOn", policy);
        apply(new ContractExplainedToWorker(contractId, command.language(), command.explainedBy().strip(),
                command.workerAcknowledged(), command.explainedOn()));
    }

    @CommandHandler
    void handle(ApproveContract command, LabourPolicy policy) {
        mustBeAllowed(Step.APPROVAL);
        onOrAfterSigning(command.approvedOn(), "approvedOn", policy);
        apply(new ContractApproved(contractId, command.approvedOn()));
    }

    @CommandHandler
    void handle(RejectContract command, LabourPolicy policy) {
        mustBeAllowed(Step.REJECTION);
        require(command.reason(), "reason");
        onOrAfterSigning(command.rejectedOn(), "rejectedOn", policy);
        apply(new ContractRejected(contractId, command.rejectedOn(), command.reason().strip()));
    }

    @CommandHandler
    void handle(RecordDeparture command, LabourPolicy policy) {
        mustBeAllowed(Step.DEPARTURE);
        require(command.checkpoint(), "checkpoint");
        onOrAfterSigning(command.departedOn(), "departedOn", policy);
        apply(new WorkerDeparted(contractId, command.departedOn(), command.checkpoint().strip()));
    }

    @CommandHandler
    void handle(RecordReturn command, LabourPolicy policy) {
        mustBeAllowed(Step.RETURN);
        require(command.checkpoint(), "checkpoint");
        require(command.reason(), "reason");
        policy.notInTheFuture(command.returnedOn(), "returnedOn");
        if (command.returnedOn().isBefore(contract.departedOn())) {
            throw new ReturnBeforeDeparture(contract.departedOn());
        }
        apply(new WorkerReturned(contractId, command.returnedOn(), command.checkpoint().strip(), command.reason()));
    }

    @CommandHandler
    void handle(TerminateContract command, LabourPolicy policy) {
        mustBeAllowed(Step.TERMINATION);
        require(command.reason(), "reason");
        onOrAfterSigning(command.terminatedOn(), "terminatedOn", policy);
        if (contract.abroad() && command.terminatedOn().isBefore(contract.departedOn())) {
            throw new TerminationBeforeDeparture(contract.departedOn());
        }
        apply(new ContractTerminated(contractId, command.terminatedOn(), command.reason().strip()));
    }

    @CommandHandler
    void handle(RecordFeePayment command, LabourPolicy policy, LabourLookups lookups) {
        require(command.payer(), "payer");
        require(command.type(), "type");
        mustBeMoney(command.amount(), "amount");
        policy.notInTheFuture(command.paidOn(), "paidOn");
        if (command.payeeAgencyId() == null && (command.payeeName() == null || command.payeeName().isBlank())) {
            throw new PayeeRequired();
        }
        if (command.payeeAgencyId() != null && !lookups.agencyExists(command.payeeAgencyId())) {
            throw new UnknownAgency("payeeAgencyId");
        }
        apply(new FeePaymentRecorded(contractId, command.payer(), command.payeeAgencyId(),
                stripped(command.payeeName()), command.type(), command.amount(), command.paidOn(),
                stripped(command.receiptNumber())));
    }

    @CommandHandler
    void handle(DepositSavings command, LabourPolicy policy) {
        mustBeAllowed(Step.SAVINGS);
        mustBeMoney(command.amount(), "amount");
        policy.notInTheFuture(command.depositedOn(), "depositedOn");
        apply(new SavingsDeposited(contractId, command.amount(), command.depositedOn()));
    }

    @CommandHandler
    void handle(RefundSavings command, LabourPolicy policy) {
        mustBeMoney(command.amount(), "amount");
        policy.notInTheFuture(command.refundedOn(), "refundedOn");
        BigDecimal held = contract.savingsHeld(command.amount().currency());
        if (command.amount().amount().compareTo(held) > 0) {
            throw new RefundExceedsSavings(held.toPlainString() + " " + command.amount().currency());
        }
        apply(new SavingsRefunded(contractId, command.amount(), command.refundedOn()));
    }

    @EventSourcingHandler
    void on(ContractRegistered event) {
        this.contractId = event.contractId();
        this.contract = ContractFold.registered(event);
    }

    @EventSourcingHandler
    void on(ContractApproved event) {
        contract = contract.apply(event);
    }

    @EventSourcingHandler
    void on(ContractRejected event) {
        contract = contract.apply(event);
    }

    @EventSourcingHandler
    void on(WorkerDeparted event) {
        contract = contract.apply(event);
    }

    @EventSourcingHandler
    void on(WorkerReturned event) {
        contract = contract.apply(event);
    }

    @EventSourcingHandler
    void on(ContractTerminated event) {
        contract = contract.apply(event);
    }

    @EventSourcingHandler
    void on(ContractExplainedToWorker event) {
        contract = contract.apply(event);
    }

    @EventSourcingHandler
    void on(SavingsDeposited event) {
        contract = contract.apply(event);
    }

    @EventSourcingHandler
    void on(SavingsRefunded event) {
        contract = contract.apply(event);
    }

    /** The contract's state decides which steps it can take: the same judgement its page offers them by. */
    private void mustBeAllowed(Step step) {
        contract.steps().refusal(step).ifPresent(state -> {
                    throw new ImpossibleStep(step.verb(), state);
                });
    }

    private void onOrAfterSigning(LocalDate day, String field, LabourPolicy policy) {
        policy.notInTheFuture(day, field);
        if (day.isBefore(contract.registered().signedOn())) {
            throw new BeforeSigning(field);
        }
    }
}
