package io.tabien.registry.flags.query;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** IRR-NO-APPROVED-CONTRACT: the worker departed on a contract not yet approved; cleared by a later approval. */
@Component
class NoApprovedContract implements LabourRule {

    static final String CODE = "IRR-NO-APPROVED-CONTRACT";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<RaisedFlag> evaluate(ContractFacts contract, Judgement judgement) {
        return contract.first(ContractFacts.Kind.DEPARTED).flatMap(departure -> {
            var approval = contract.first(ContractFacts.Kind.APPROVED);
            if (approval.isPresent() && approval.get().globalIndex() < departure.globalIndex()) {
                return java.util.Optional.empty();
            }
            Instant cleared = approval.map(ContractFacts.Step::storedAt).orElse(null);
            return judgement.asOfDay(LabourFlags.flag(CODE, FlagCategory.IRREGULAR_MIGRATION, contract, "",
                    departure.storedAt(), cleared,
                    "The worker departed on " + departure.onDay() + " on contract " + contract.shortId()
                            + ", which was not approved.",
                    List.of(departure.globalIndex())));
        }).stream().toList();
    }
}
