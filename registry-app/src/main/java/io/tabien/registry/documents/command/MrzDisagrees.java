package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class MrzDisagrees extends RuleViolation {

    MrzDisagrees(String field, String message) {
        super(field, message);
    }
}
