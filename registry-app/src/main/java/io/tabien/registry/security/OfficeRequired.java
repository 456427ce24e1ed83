package io.tabien.registry.security;

import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.platform.errors.RuleViolation;

/** A role that works within a jurisdiction needs an office of the right kind. */
public class OfficeRequired extends RuleViolation {

    OfficeRequired(Role role, String expected) {
        super("office", role + " users work for an office: " + expected + ".");
    }
}
