package io.tabien.contracts.grievance;

/** How a grievance reached the attaché. */
public enum GrievanceChannel {
    WALK_IN, HOTLINE, REFERRAL, OUTREACH
}
