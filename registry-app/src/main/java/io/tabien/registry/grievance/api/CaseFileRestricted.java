package io.tabien.registry.grievance.api;

import io.tabien.registry.platform.errors.Forbidden;
import io.tabien.registry.platform.errors.Refusal;

/** The case file is for the attaché of the grievance's country and for auditors. */
@Refusal(rule = "CaseFileRestricted", description = "A grievance's case file is read by the labour attaché of its "
        + "country and by auditors only.")
class CaseFileRestricted extends Forbidden {

    CaseFileRestricted(String country) {
        super("This case file is readable by the labour attaché in " + country + " and by auditors only.");
    }
}
