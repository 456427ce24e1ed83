package io.tabien.registry.labour;

import io.tabien.contracts.labour.ContractApproved;
import io.tabien.contracts.labour.ContractExplainedToWorker;
import io.tabien.contracts.labour.ContractRegistered;
import io.tabien.contracts.labour.ContractRejected;
import io.tabien.contracts.labour.ContractState;
import io.tabien.contracts.labour.ContractTerminated;
import io.tabien.contracts.labour.Money;
import io.tabien.contracts.labour.ReturnReason;
import io.tabien.contracts.labour.SavingsDeposited;
import io.tabien.contracts.labour.SavingsRefunded;
import io.tabien.contracts.labour.WorkerDeparted;
import io.tabien.contracts.labour.WorkerReturned;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A recruitment contract as its events make it: the one account of its lifecycle and savings that the contract
 * decides by, its read model shows and an audit of its history folds. Fees are not part of it: each is a fact of its
 * own that changes no state, listed by whoever shows them.
 *
 * @param registered  the contract as signed
 * @param explanation the explanation the worker acknowledged, else the latest one; null before any
 * @param savings     forced savings held, per currency, refunds deducted
 */
public record ContractFold(ContractRegistered registered, LocalDate approvedOn, boolean rejected, LocalDate departedOn,
                           LocalDate returnedOn, ReturnReason returnReason, LocalDate terminatedOn,
                           ContractExplainedToWorker explanation, Map<String, BigDecimal> savings) {

    public ContractFold {
        savings = savings == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(savings));
    }

    public static ContractFold registered(ContractRegistered event) {
        return new ContractFold(event, null, false, null, null, null, null, null, Map.of());
    }

    /** The contract after {@code event}; events that change nothing of it (a fee) leave it as it is. */
    public ContractFold apply(Object event) {
        if (event instanceof ContractApproved e) {
            return new ContractFold(registered, e.approvedOn(), rejected, departedOn, returnedOn, returnReason,
                    terminatedOn, explanation, savings);
        }
        if (event instanceof ContractRejected) {
            return new ContractFold(registered, approvedOn, true, departedOn, returnedOn, returnReason, terminatedOn,
                    explanation, savings);
        }
        if (event instanceof WorkerDeparted e) {
            return new ContractFold(registered, approvedOn, rejected, e.departedOn(), returnedOn, returnReason,
                    terminatedOn, explanation, savings);
        }
        if (event instanceof WorkerReturned e) {
            return new ContractFold(registered, approvedOn, rejected, departedOn, e.returnedOn(), e.reason(),
                    terminatedOn, explanation, savings);
        }
        if (event instanceof ContractTerminated e) {
            return new ContractFold(registered, approvedOn, rejected, departedOn, returnedOn, returnReason,
                    e.terminatedOn(), explanation, savings);
        }
        if (event instanceof ContractExplainedToWorker e) {
            // Once the worker acknowledged an explanation, a later one that they did not acknowledge takes nothing away.
            boolean acknowledged = explanation != null && explanation.workerAcknowledged();
            return acknowledged ? this : new ContractFold(registered, approvedOn, rejected, departedOn, returnedOn,
                    returnReason, terminatedOn, e, savings);
        }
        if (event instanceof SavingsDeposited e) {
            return withSavings(e.amount(), e.amount().amount());
        }
        if (event instanceof SavingsRefunded e) {
            return withSavings(e.amount(), e.amount().amount().negate());
        }
        return this;
    }

    /** Where the contract stands: the latest step it took, a rejection or termination overriding every other. */
    public ContractState state() {
        return state(rejected, approvedOn, departedOn, returnedOn, terminatedOn);
    }

    /** The same judgement from a read model's columns. */
    public static ContractState state(boolean rejected, LocalDate approvedOn, LocalDate departedOn,
                                      LocalDate returnedOn, LocalDate terminatedOn) {
        return terminatedOn != null ? ContractState.TERMINATED : rejected ? ContractState.REJECTED
                : returnedOn != null ? ContractState.RETURNED : departedOn != null ? ContractState.DEPARTED
                : approvedOn != null ? ContractState.APPROVED : ContractState.REGISTERED;
    }

    /** Which steps the contract can take from here. */
    public ContractSteps steps() {
        return new ContractSteps(approvedOn != null, rejected, terminatedOn != null, departedOn != null,
                returnedOn != null);
    }

    /** Whether the worker left under the contract and has not come back. */
    public boolean abroad() {
        return departedOn != null && returnedOn == null;
    }

    public BigDecimal savingsHeld(String currency) {
        return savings.getOrDefault(currency, BigDecimal.ZERO);
    }

    /** The savings held, per currency in alphabetical order, without the currencies fully refunded. */
    public List<Money> savingsBalance() {
        return savings.entrySet().stream().filter(held -> held.getValue().signum() != 0)
                .map(held -> new Money(held.getValue(), held.getKey())).toList();
    }

    private ContractFold withSavings(Money amount, BigDecimal change) {
        Map<String, BigDecimal> held = new TreeMap<>(savings);
        held.merge(amount.currency(), change, BigDecimal::add);
        return new ContractFold(registered, approvedOn, rejected, departedOn, returnedOn, returnReason, terminatedOn,
                explanation, held);
    }
}
