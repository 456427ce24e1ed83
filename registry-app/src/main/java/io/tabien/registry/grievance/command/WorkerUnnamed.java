package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class WorkerUnnamed extends RuleViolation {

    WorkerUnnamed() {
        super("workerName", "Name the worker, or give their person id.");
    }
}
