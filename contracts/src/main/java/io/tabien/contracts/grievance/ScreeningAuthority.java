package io.tabien.contracts.grievance;

/** Who decided a trafficking screening. */
public enum ScreeningAuthority {
    POLICE, LABOUR_ATTACHE, NGO, COURT, OTHER_GOVERNMENT
}
