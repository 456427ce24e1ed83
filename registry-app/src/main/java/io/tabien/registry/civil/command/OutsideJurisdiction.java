package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Forbidden;

public class OutsideJurisdiction extends Forbidden {

    OutsideJurisdiction(String office) {
        super(office == null
                ? "A registrar without an office cannot record civil events."
                : "This record lies outside the jurisdiction of office " + office + ".");
    }
}
