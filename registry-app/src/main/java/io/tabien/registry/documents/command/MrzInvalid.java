package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

/** The machine-readable zone is malformed or one of its check digits does not match; names the field. */
@Refusal(rule = "MrzInvalid", description = "The machine-readable zone is not two ICAO 9303 TD3 lines, or a check "
        + "digit does not match; 'field' names the part.")
public class MrzInvalid extends RuleViolation {

    MrzInvalid(String field, String message) {
        super("mrz." + field, message);
    }
}
