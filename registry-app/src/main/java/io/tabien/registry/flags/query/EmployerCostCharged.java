package io.tabien.registry.flags.query;

import io.tabien.contracts.labour.FeePayer;
import io.tabien.registry.labour.FeePolicy;
import org.springframework.stereotype.Component;

import java.util.List;

/** FEE-EMPLOYER-COST-CHARGED: the worker paid a fee type that the fee policy puts on the employer. */
@Component
class EmployerCostCharged implements LabourRule {

    static final String CODE = "FEE-EMPLOYER-COST-CHARGED";

    private final FeePolicy policy;

    EmployerCostCharged(FeePolicy policy) {
        this.policy = policy;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<RaisedFlag> evaluate(ContractFacts contract, Judgement judgement) {
        return contract.all(ContractFacts.Kind.FEE).stream()
                .filter(fee -> fee.payer() == FeePayer.WORKER)
                .filter(fee -> policy.employerPays(contract.destinationCountry(), fee.feeType()))
                .flatMap(fee -> LabourFlags.onFee(CODE, contract, fee,
                        "The worker paid a " + fee.feeType() + " fee of " + fee.amount().toPlainString() + " "
                                + fee.currency() + " on " + fee.onDay() + " on contract " + contract.shortId()
                                + "; the employer pays it.", judgement))
                .toList();
    }
}
