package io.tabien.registry.flags.query;

import java.time.Instant;
import java.util.List;

/** Builds the flags of labour rules: on the worker, about the contract. */
final class LabourFlags {

    private LabourFlags() {
    }

    static RaisedFlag flag(String rule, FlagCategory category, ContractFacts contract, String occurrence,
                           Instant raisedAt, Instant clearedAt, String reason, List<Long> evidence) {
        return new RaisedFlag(rule, category, contract.workerPersonId(), contract.contractId(), occurrence,
                contract.worker().province(), contract.worker().district(), raisedAt, reason, evidence, clearedAt);
    }
}
