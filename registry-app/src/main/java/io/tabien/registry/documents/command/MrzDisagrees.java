package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "MrzDisagrees", description = "The machine-readable zone disagrees with the passport's fields or "
        + "the holder's civil record (birth date, sex).")
public class MrzDisagrees extends RuleViolation {

    MrzDisagrees(String field, String message) {
        super(field, message);
    }
}
