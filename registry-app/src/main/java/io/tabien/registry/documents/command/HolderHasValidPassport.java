package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "HolderHasValidPassport", description = "The holder already has a passport in force; report it "
        + "lost or revoke it first.")
public class HolderHasValidPassport extends Conflict {

    HolderHasValidPassport(String passportId) {
        super("The holder already has a valid passport (" + passportId + "); report it lost or revoke it first.");
    }
}
