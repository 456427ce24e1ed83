package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.RuleViolation;

import java.time.LocalDate;

public class GrievanceDateInFuture extends RuleViolation {

    GrievanceDateInFuture(String field, LocalDate today) {
        super(field, "The date lies in the future; today is " + today + ".");
    }
}
