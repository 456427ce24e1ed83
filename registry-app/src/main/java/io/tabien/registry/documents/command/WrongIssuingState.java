package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "WrongIssuingState", description = "The passport's issuing state is not the one whose passports the "
        + "registry records (tabien.documents.issuing-state, LAO by default).")
public class WrongIssuingState extends RuleViolation {

    WrongIssuingState(String expected) {
        super("mrz.issuingState", "Passports recorded here are issued by " + expected + ".");
    }
}
