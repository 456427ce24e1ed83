package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "LicenceEnded", description = "The agency's licence is revoked or the agency closed; the licence "
        + "can no longer change.")
public class LicenceEnded extends Conflict {

    LicenceEnded(String how) {
        super("The agency's licence is " + how + "; it can no longer change.");
    }
}
