package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.NotFound;

public class UnknownReferral extends NotFound {

    UnknownReferral(Object referralId) {
        super("referral on this grievance", referralId);
    }
}
