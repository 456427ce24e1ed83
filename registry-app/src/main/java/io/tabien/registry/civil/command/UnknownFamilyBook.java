package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "UnknownFamilyBook", description = "The family book id names no recorded family book.")
public class UnknownFamilyBook extends RuleViolation {

    UnknownFamilyBook(String field) {
        super(field, "No family book with this id is recorded.");
    }
}
