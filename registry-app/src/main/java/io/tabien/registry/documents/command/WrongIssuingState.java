package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class WrongIssuingState extends RuleViolation {

    WrongIssuingState(String expected) {
        super("mrz.issuingState", "Passports recorded here are issued by " + expected + ".");
    }
}
