package io.tabien.registry.flags.query;

import io.tabien.contracts.labour.FeePayer;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * FEE-RATE-MISSING: a worker-paid fee in another currency than the wage, with no exchange rate for its day, so
 * it could not be compared with the cap. It asks for a review (or a rate) rather than being silently ignored;
 * adding the rate clears it.
 */
@Component
class FeeRateMissing implements LabourRule {

    static final String CODE = "FEE-RATE-MISSING";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<RaisedFlag> evaluate(ContractFacts contract, Judgement judgement) {
        return contract.all(ContractFacts.Kind.FEE).stream()
                .filter(fee -> fee.payer() == FeePayer.WORKER)
                .filter(fee -> judgement.rates()
                        .convert(fee.amount(), fee.currency(), contract.wageCurrency(), fee.onDay()).isEmpty())
                .flatMap(fee -> LabourFlags.onFee(CODE, contract, fee,
                        "A fee of " + fee.amount().toPlainString() + " " + fee.currency() + " paid on " + fee.onDay()
                                + " on contract " + contract.shortId() + " cannot be compared with the wage in "
                                + contract.wageCurrency() + ": no exchange rate for that day; review it.", judgement))
                .toList();
    }
}
