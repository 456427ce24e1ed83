package io.tabien.registry.flags.query;

import io.tabien.contracts.labour.FeePayer;
import io.tabien.registry.labour.FeePolicy;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * FEE-ABOVE-CAP: the fees the worker paid on one contract, converted to the wage's currency at the rate of each
 * payment day, exceed the cap for the destination and sector. Fees without a rate are left out here and flagged by
 * {@link FeeRateMissing} instead.
 */
@Component
class FeeAboveCap implements LabourRule {

    static final String CODE = "FEE-ABOVE-CAP";

    private final FeePolicy policy;

    FeeAboveCap(FeePolicy policy) {
        this.policy = policy;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<RaisedFlag> evaluate(ContractFacts contract, Judgement judgement) {
        BigDecimal capMonths = policy.capMonths(contract.destinationCountry(), contract.sector());
        BigDecimal cap = contract.wageAmount().multiply(capMonths);
        BigDecimal paid = BigDecimal.ZERO;
        List<Long> evidence = new ArrayList<>();
        for (ContractFacts.Step fee : contract.all(ContractFacts.Kind.FEE)) {
            if (fee.payer() != FeePayer.WORKER) {
                continue;
            }
            Optional<BigDecimal> converted = judgement.rates()
                    .convert(fee.amount(), fee.currency(), contract.wageCurrency(), fee.onDay());
            if (converted.isEmpty()) {
                continue;
            }
            paid = paid.add(converted.get());
            evidence.add(fee.globalIndex());
            if (paid.compareTo(cap) > 0) {
                return judgement.asOfDay(LabourFlags.flag(CODE, FlagCategory.UNLAWFUL_FEE, contract, "",
                        fee.storedAt(), null,
                        "The worker paid " + paid.setScale(2, RoundingMode.HALF_UP).toPlainString() + " "
                                + contract.wageCurrency() + " in fees on contract " + contract.shortId()
                                + ", above the cap of " + cap.setScale(2, RoundingMode.HALF_UP).toPlainString()
                                + " " + contract.wageCurrency() + " (" + capMonths.stripTrailingZeros().toPlainString()
                                + " monthly wage" + (capMonths.compareTo(BigDecimal.ONE) == 0 ? "" : "s") + ") for "
                                + contract.sector() + " in " + contract.destinationCountry() + ".",
                        List.copyOf(evidence))).stream().toList();
            }
        }
        return List.of();
    }
}
