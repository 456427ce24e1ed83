package io.tabien.contracts.grievance;

/** What a grievance is about: the eleven ILO indicators of forced labour, then other labour complaints. */
public enum GrievanceCategory {
    ABUSE_OF_VULNERABILITY(true),
    DECEPTION(true),
    RESTRICTION_OF_MOVEMENT(true),
    ISOLATION(true),
    PHYSICAL_SEXUAL_VIOLENCE(true),
    INTIMIDATION_THREATS(true),
    RETENTION_OF_IDENTITY_DOCUMENTS(true),
    WITHHOLDING_OF_WAGES(true),
    DEBT_BONDAGE(true),
    ABUSIVE_CONDITIONS(true),
    EXCESSIVE_OVERTIME(true),
    WAGE_THEFT(false),
    CONTRACT_SUBSTITUTION(false),
    UNSAFE_WORK(false),
    OTHER(false);

    private final boolean forcedLabourIndicator;

    GrievanceCategory(boolean forcedLabourIndicator) {
        this.forcedLabourIndicator = forcedLabourIndicator;
    }

    public boolean forcedLabourIndicator() {
        return forcedLabourIndicator;
    }
}
