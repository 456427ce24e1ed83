package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Forbidden;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "PassportOutsideAttacheCountry", description = "A labour attaché acts on passports held in their "
        + "own country, and moves them only within it.")
public class OutsideAttacheCountry extends Forbidden {

    OutsideAttacheCountry(String office) {
        super("A labour attaché acts on passports held in their own country (" + office + ") and moves them only "
                + "within it.");
    }
}
