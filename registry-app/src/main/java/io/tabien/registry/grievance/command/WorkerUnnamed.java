package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "WorkerUnnamed", description = "A grievance names the worker, or gives their person id.")
public class WorkerUnnamed extends RuleViolation {

    WorkerUnnamed() {
        super("workerName", "Name the worker, or give their person id.");
    }
}
