package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

import java.time.LocalDate;

@Refusal(rule = "AlreadySuspended", description = "The licence is already suspended on that day.")
public class AlreadySuspended extends Conflict {

    AlreadySuspended(LocalDate day) {
        super("The licence is already suspended on " + day + ".");
    }
}
