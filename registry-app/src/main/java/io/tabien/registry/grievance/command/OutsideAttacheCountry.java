package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Forbidden;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "GrievanceOutsideAttacheCountry", description = "A labour attaché acts on grievances in their own "
        + "country only.")
public class OutsideAttacheCountry extends Forbidden {

    OutsideAttacheCountry(String office) {
        super("A labour attaché acts on grievances in their own country (" + office + ") only.");
    }
}
