package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "CaseFileErased", description = "The case file was erased; its key is gone and nothing more is "
        + "sealed with it.")
public class CaseFileAlreadyErased extends Conflict {

    CaseFileAlreadyErased() {
        super("The case file was erased; nothing more can be added to it or erased again.");
    }
}
