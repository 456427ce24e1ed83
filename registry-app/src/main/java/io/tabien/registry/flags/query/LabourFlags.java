package io.tabien.registry.flags.query;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Builds the flags of labour rules: on the worker, about the contract. */
final class LabourFlags {

    private LabourFlags() {
    }

    static RaisedFlag flag(String rule, FlagCategory category, ContractFacts contract, String occurrence,
                           Instant raisedAt, Instant clearedAt, String reason, List<Long> evidence) {
        return new RaisedFlag(rule, category, contract.workerPersonId(), contract.contractId(), occurrence,
                contract.worker().province(), contract.worker().district(), raisedAt, reason, evidence, clearedAt);
    }

    /** The flag of a rule broken by one fee payment: raised when the fee was recorded, with that fee as evidence. */
    static Stream<RaisedFlag> onFee(String rule, ContractFacts contract, ContractFacts.Step fee, String reason,
                                    LabourRule.Judgement judgement) {
        return judgement.asOfDay(flag(rule, FlagCategory.UNLAWFUL_FEE, contract, Long.toString(fee.globalIndex()),
                fee.storedAt(), null, reason, List.of(fee.globalIndex()))).stream();
    }
}
