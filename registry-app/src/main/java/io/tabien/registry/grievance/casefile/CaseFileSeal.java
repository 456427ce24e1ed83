package io.tabien.registry.grievance.casefile;

import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.SealedText;

/** What recording a case file needs of its key: seal a part of it, and destroy the key to erase it. */
public interface CaseFileSeal {

    /** The text sealed with the case's key, made on first use; null for no text. */
    SealedText seal(GrievanceId grievance, CaseFileField field, String text);

    /** Destroys the case's key, for good: whatever was sealed with it can no longer be opened. */
    void destroyKey(GrievanceId grievance);
}
