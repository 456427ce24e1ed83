package io.tabien.registry.platform.reference;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "UnknownProvince", description = "Not one of the 18 province codes of Laos (ISO 3166-2:LA, such as "
        + "LA-VT or LA-XE).")
public class UnknownProvince extends RuleViolation {

    UnknownProvince(String field) {
        super(field, "Not one of the 18 province codes of Laos (ISO 3166-2:LA, such as LA-VT or LA-XE).");
    }
}
