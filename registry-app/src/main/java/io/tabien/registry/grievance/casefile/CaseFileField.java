package io.tabien.registry.grievance.casefile;

/**
 * The parts of a case file that are sealed. Each is sealed with its name and its case as associated data, so a
 * ciphertext moved to another field or another case does not open.
 */
public enum CaseFileField {
    WORKER_NAME,
    PASSPORT_NUMBER,
    NARRATIVE,
    EVIDENCE_DESCRIPTION
}
