package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "WrongIssuingState", description = "The passport's issuing state is not the registry's (LAO).")
public class WrongIssuingState extends RuleViolation {

    WrongIssuingState(String expected) {
        super("mrz.issuingState", "Passports recorded here are issued by " + expected + ".");
    }
}
