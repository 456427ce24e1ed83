package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Forbidden;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "OutsideJurisdiction", description = "A registrar records civil events of their own district or "
        + "province only, and a registrar without an office none.")
public class OutsideJurisdiction extends Forbidden {

    OutsideJurisdiction(String office) {
        super(office == null
                ? "A registrar without an office cannot record civil events."
                : "This record lies outside the jurisdiction of office " + office + ".");
    }
}
