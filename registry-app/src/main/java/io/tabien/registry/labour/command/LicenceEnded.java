package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Conflict;

public class LicenceEnded extends Conflict {

    LicenceEnded(String how) {
        super("The agency's licence is " + how + "; it can no longer change.");
    }
}
