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
                .flatMap(fee -> LabourFlags.onFee(CODE, contract, fee,
                        "The worker paid a " + fee.feeType() + " fee of " + fee.amount().toPlainString() + " "
                                + fee.currency() + " on " + fee.onDay() + " on contract " + contract.shortId()
                                + " with no receipt.", judgement))
                .toList();
    }
}
