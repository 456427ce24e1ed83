package io.tabien.registry.flags.query;

import org.springframework.stereotype.Component;

import java.util.List;

/** IRR-UNLICENSED-AGENCY: a contract names an agency whose licence was not active on the day it was signed. */
@Component
class UnlicensedAgency implements LabourRule {

    static final String CODE = "IRR-UNLICENSED-AGENCY";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<RaisedFlag> evaluate(ContractFacts contract, Judgement judgement) {
        if (contract.agencyId() == null || contract.agencyLicence() == null
                || contract.agencyLicence().activeOn(contract.signedOn())) {
            return List.of();
        }
        String status = contract.agencyLicence().statusOn(contract.signedOn()).name().toLowerCase().replace('_', ' ');
        return judgement.asOfDay(LabourFlags.flag(CODE, FlagCategory.IRREGULAR_MIGRATION, contract, "",
                        contract.registeredAt(), null,
                        "Contract " + contract.shortId() + " names agency " + contract.agencyName() + ", whose licence was "
                                + status + " on " + contract.signedOn() + ", the day it was signed.",
                        List.of(contract.registeredIndex())))
                .stream().toList();
    }
}
