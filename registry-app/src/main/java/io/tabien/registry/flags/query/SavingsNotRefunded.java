package io.tabien.registry.flags.query;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FEE-SAVINGS-NOT-REFUNDED: forced savings were deposited and are not all refunded within
 * {@code tabien.flags.savings-refund-days} days of the worker's return; cleared when the last is refunded. The
 * refund's own date counts, not the day it was recorded: a refund made in time but entered late is in time.
 */
@Component
class SavingsNotRefunded implements LabourRule {

    static final String CODE = "FEE-SAVINGS-NOT-REFUNDED";

    private final int refundDays;

    SavingsNotRefunded(@Value("${tabien.flags.savings-refund-days:30}") int refundDays) {
        this.refundDays = refundDays;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<RaisedFlag> evaluate(ContractFacts contract, Judgement judgement) {
        var returned = contract.first(ContractFacts.Kind.RETURNED);
        List<ContractFacts.Step> deposits = contract.all(ContractFacts.Kind.SAVINGS_DEPOSIT);
        if (returned.isEmpty() || deposits.isEmpty()) {
            return List.of();
        }
        LocalDate lastDay = returned.get().onDay().plusDays(refundDays);
        Instant due = lastDay.plusDays(1).atStartOfDay(judgement.zone()).toInstant();
        Map<String, BigDecimal> held = new HashMap<>();
        LocalDate settled = null;
        for (ContractFacts.Step step : contract.steps()) {
            if (step.kind() == ContractFacts.Kind.SAVINGS_DEPOSIT) {
                held.merge(step.currency(), step.amount(), BigDecimal::add);
                settled = null;
            } else if (step.kind() == ContractFacts.Kind.SAVINGS_REFUND) {
                held.merge(step.currency(), step.amount().negate(), BigDecimal::add);
                if (held.values().stream().allMatch(amount -> amount.signum() <= 0)) {
                    settled = step.onDay();
                }
            }
        }
        if (settled != null && !settled.isAfter(lastDay)) {
            return List.of();
        }
        Instant cleared = settled == null ? null : settled.atStartOfDay(judgement.zone()).toInstant();
        List<Long> evidence = new ArrayList<>(deposits.stream().map(ContractFacts.Step::globalIndex).toList());
        evidence.add(returned.get().globalIndex());
        return judgement.asOfDay(LabourFlags.flag(CODE, FlagCategory.UNLAWFUL_FEE, contract, "", due, cleared,
                        "Forced savings on contract " + contract.shortId() + " were not refunded within " + refundDays
                                + " days of the worker's return on " + returned.get().onDay() + ".",
                        evidence))
                .stream().toList();
    }
}
