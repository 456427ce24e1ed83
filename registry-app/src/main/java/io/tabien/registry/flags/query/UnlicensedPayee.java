package io.tabien.registry.flags.query;

import org.springframework.stereotype.Component;

import java.util.List;

/** FEE-UNLICENSED-PAYEE: a fee was paid to an agency whose licence was not active on the day of payment. */
@Component
class UnlicensedPayee implements LabourRule {

    static final String CODE = "FEE-UNLICENSED-PAYEE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<RaisedFlag> evaluate(ContractFacts contract, Judgement judgement) {
        return contract.all(ContractFacts.Kind.FEE).stream()
                .filter(fee -> fee.payeeLicence() != null && !fee.payeeLicence().activeOn(fee.onDay()))
                .flatMap(fee -> LabourFlags.onFee(CODE, contract, fee,
                        "A fee of " + fee.amount().toPlainString() + " " + fee.currency() + " was paid on "
                                + fee.onDay() + " to agency " + fee.payeeName() + ", whose licence was "
                                + fee.payeeLicence().statusOn(fee.onDay()).name().toLowerCase().replace('_', ' ')
                                + " that day.", judgement))
                .toList();
    }
}
