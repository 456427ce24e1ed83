package io.tabien.registry.flags.query;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** IRR-MINOR-WORKER: by the civil record, the worker was under 18 on the day they departed. */
@Component
class MinorWorker implements LabourRule {

    static final String CODE = "IRR-MINOR-WORKER";
    private static final int ADULT_AGE = 18;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<RaisedFlag> evaluate(ContractFacts contract, Judgement judgement) {
        var dateOfBirth = contract.worker().dateOfBirth();
        if (dateOfBirth == null) {
            return List.of();
        }
        return contract.first(ContractFacts.Kind.DEPARTED).flatMap(departure -> {
            if (!departure.onDay().isBefore(dateOfBirth.plusYears(ADULT_AGE))) {
                return Optional.empty();
            }
            int age = java.time.Period.between(dateOfBirth, departure.onDay()).getYears();
            return judgement.asOfDay(LabourFlags.flag(CODE, FlagCategory.IRREGULAR_MIGRATION, contract, "",
                    departure.storedAt(), null,
                    "The worker departed on " + departure.onDay() + " aged " + age + ", born " + dateOfBirth
                            + " by the civil record.",
                    List.of(contract.worker().birthIndex(), departure.globalIndex())));
        }).stream().toList();
    }
}
