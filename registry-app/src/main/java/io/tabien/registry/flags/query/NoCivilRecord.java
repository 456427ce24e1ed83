package io.tabien.registry.flags.query;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * IRR-NO-CIVIL-RECORD: the contract names a worker with no birth registration; cleared when their birth is
 * registered.
 */
@Component
class NoCivilRecord implements LabourRule {

    static final String CODE = "IRR-NO-CIVIL-RECORD";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<RaisedFlag> evaluate(ContractFacts contract, Judgement judgement) {
        Long birth = contract.worker().birthIndex();
        if (birth != null && birth < contract.registeredIndex()) {
            return List.of();
        }
        return judgement.asOfDay(LabourFlags.flag(CODE, FlagCategory.IRREGULAR_MIGRATION, contract, "",
                        contract.registeredAt(), birth == null ? null : contract.worker().birthStoredAt(),
                        "Contract " + contract.shortId() + " names worker " + contract.workerPersonId()
                                + ", whose birth is not registered.",
                        List.of(contract.registeredIndex())))
                .stream().toList();
    }
}
