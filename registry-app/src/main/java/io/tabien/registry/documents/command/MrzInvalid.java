package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.RuleViolation;

/** The machine-readable zone is malformed or one of its check digits does not match; names the field. */
public class MrzInvalid extends RuleViolation {

    MrzInvalid(String field, String message) {
        super("mrz." + field, message);
    }
}
