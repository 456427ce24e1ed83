package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Conflict;

public class HolderHasValidPassport extends Conflict {

    HolderHasValidPassport(String passportId) {
        super("The holder already has a valid passport (" + passportId + "); report it lost or revoke it first.");
    }
}
