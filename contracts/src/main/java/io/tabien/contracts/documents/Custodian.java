package io.tabien.contracts.documents;

/** Who holds a passport. Anyone but the holder holding it is what the withheld-document flags watch. */
public enum Custodian {
    HOLDER, EMPLOYER, RECRUITMENT_AGENCY, EMBASSY, AUTHORITY
}
