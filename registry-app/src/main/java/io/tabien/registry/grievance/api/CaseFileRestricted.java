package io.tabien.registry.grievance.api;

import io.tabien.registry.platform.errors.Forbidden;

/** The case file is for the attaché of the grievance's country and for auditors. */
class CaseFileRestricted extends Forbidden {

    CaseFileRestricted(String country) {
        super("This case file is readable by the labour attaché in " + country + " and by auditors only.");
    }
}
