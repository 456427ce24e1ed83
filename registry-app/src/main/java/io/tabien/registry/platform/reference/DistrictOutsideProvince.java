package io.tabien.registry.platform.reference;

import io.tabien.registry.platform.errors.RuleViolation;

public class DistrictOutsideProvince extends RuleViolation {

    DistrictOutsideProvince(String field, String district, String province) {
        super(field, "District " + district + " is not in province " + province + ".");
    }
}
