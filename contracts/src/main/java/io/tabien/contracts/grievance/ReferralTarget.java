package io.tabien.contracts.grievance;

/** Where a case is referred. */
public enum ReferralTarget {
    LABOUR_MINISTRY, POLICE, WOMENS_UNION_SHELTER, HEALTH, NGO, EMBASSY_SHELTER, EMPLOYER_MEDIATION
}
