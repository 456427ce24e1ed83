package io.tabien.registry.platform.reference;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "DistrictOutsideProvince", description = "The district is not in the province given with it.")
public class DistrictOutsideProvince extends RuleViolation {

    DistrictOutsideProvince(String field, String district, String province) {
        super(field, "District " + district + " is not in province " + province + ".");
    }
}
