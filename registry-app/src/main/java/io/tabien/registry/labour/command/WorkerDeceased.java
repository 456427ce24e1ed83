package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.RuleViolation;

public class WorkerDeceased extends RuleViolation {

    WorkerDeceased() {
        super("workerPersonId", "The worker is registered as deceased.");
    }
}
