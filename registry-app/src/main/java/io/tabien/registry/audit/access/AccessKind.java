package io.tabien.registry.audit.access;

import java.util.Optional;

/** What was read: one of the protected records, a grievance's case file, or the access log itself. */
public enum AccessKind {
    PERSON, FAMILY_BOOK, PASSPORT, CONTRACT, GRIEVANCE, GRIEVANCE_CASE_FILE, ACCESS_LOG;

    /**
     * What reading a record of an aggregate type is, when auditors read it from the event store; empty for types
     * the log does not keep (an agency's licence is no one's personal record).
     *
     * @param caseFileOpened whether a grievance comes with its case file opened (a folded state) or sealed, as its
     *                       stored events hold it
     */
    public static Optional<AccessKind> ofRecord(String aggregateType, boolean caseFileOpened) {
        if (aggregateType == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (aggregateType) {
            case "Person" -> PERSON;
            case "FamilyBook" -> FAMILY_BOOK;
            case "Passport" -> PASSPORT;
            case "RecruitmentContract" -> CONTRACT;
            case "Grievance" -> caseFileOpened ? GRIEVANCE_CASE_FILE : GRIEVANCE;
            default -> null;
        });
    }
}
