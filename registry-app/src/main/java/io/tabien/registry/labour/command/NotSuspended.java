package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

import java.time.LocalDate;

@Refusal(rule = "NotSuspended", description = "The licence is not suspended on that day.")
public class NotSuspended extends Conflict {

    NotSuspended(LocalDate day) {
        super("The licence is not suspended on " + day + ".");
    }
}
