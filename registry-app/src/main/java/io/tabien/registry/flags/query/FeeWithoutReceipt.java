package io.tabien.registry.flags.query;

import io.tabien.contracts.labour.FeePayer;
import org.springframework.stereotype.Component;

import java.util.List;

/** FEE-NO-RECEIPT: a fee the worker paid has no receipt number, so it cannot be traced. */
@Component
class FeeWithoutReceipt implements LabourRule {

    static final String CODE = "FEE-NO-RECEIPT";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<RaisedFlag> evaluate(ContractFacts contract, Judgement judgement) {
        return contract.all(ContractFacts.Kind.FEE).stream()
                .filter(fee -> fee.payer() == FeePayer.WORKER && (fee.receipt() == null || fee.receipt().isBlank()))
                .flatMap(fee -> judgement.asOfDay(LabourFlags.flag(CODE, FlagCategory.UNLAWFUL_FEE, contract,
                        Long.toString(fee.globalIndex()), fee.storedAt(), null,
                        "The worker paid a " + fee.feeType() + " fee of " + fee.amount().toPlainString() + " "
                                + fee.currency() + " on " + fee.onDay() + " on contract " + contract.shortId()
                                + " with no receipt.",
                        List.of(fee.globalIndex()))).stream())
                .toList();
    }
}
