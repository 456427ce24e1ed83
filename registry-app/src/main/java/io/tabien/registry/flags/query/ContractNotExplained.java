package io.tabien.registry.flags.query;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * IRR-CONTRACT-NOT-EXPLAINED: the worker departed before the contract was explained to them and acknowledged by
 * them; cleared when such an explanation is recorded.
 */
@Component
class ContractNotExplained implements LabourRule {

    static final String CODE = "IRR-CONTRACT-NOT-EXPLAINED";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<RaisedFlag> evaluate(ContractFacts contract, Judgement judgement) {
        return contract.first(ContractFacts.Kind.DEPARTED).flatMap(departure -> {
            Optional<ContractFacts.Step> explained = contract.all(ContractFacts.Kind.EXPLAINED).stream()
                    .filter(ContractFacts.Step::acknowledged)
                    .findFirst();
            if (explained.isPresent() && explained.get().globalIndex() < departure.globalIndex()) {
                return Optional.empty();
            }
            return judgement.asOfDay(LabourFlags.flag(CODE, FlagCategory.IRREGULAR_MIGRATION, contract, "",
                    departure.storedAt(), explained.map(ContractFacts.Step::storedAt).orElse(null),
                    "The worker departed on " + departure.onDay() + " before contract " + contract.shortId()
                            + " was explained to them in a language they acknowledged understanding.",
                    List.of(departure.globalIndex())));
        }).stream().toList();
    }
}
