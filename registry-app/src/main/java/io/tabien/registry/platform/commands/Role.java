package io.tabien.registry.platform.commands;

/** What a user may do in the registry (see DESIGN.md, "Who uses it"). */
public enum Role {
    REGISTRAR,
    PASSPORT_OFFICER,
    LABOUR_OFFICER,
    LABOUR_ATTACHE,
    AUDITOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
