package io.tabien.registry.audit.access;

/** What was read: one of the protected records, a grievance's case file, or the access log itself. */
public enum AccessKind {
    PERSON, FAMILY_BOOK, PASSPORT, CONTRACT, GRIEVANCE, GRIEVANCE_CASE_FILE, ACCESS_LOG
}
